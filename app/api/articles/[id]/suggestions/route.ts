import { apiRoute, json } from "@/server/http/api-route";
import { listSuggestions } from "@/server/suggestions/list-suggestions";

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ suggestions: await listSuggestions(params.id, actor) }),
);
