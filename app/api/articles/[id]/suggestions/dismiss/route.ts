import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { dismissSuggestion } from "@/server/suggestions/dismiss-suggestion";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ dismissal: await dismissSuggestion(params.id, await readJson(request), actor) }),
);
