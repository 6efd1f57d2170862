import { claimMatches } from "@/server/matching/claim-matches";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json(await claimMatches(params.id, actor)),
);
