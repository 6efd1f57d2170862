import { claimHistory } from "@/server/claims/claim-history";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ events: await claimHistory(params.id, actor) }),
);
