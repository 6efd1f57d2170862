import { anchorClaim } from "@/server/claims/anchor-claim";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ claim: await anchorClaim(params.id, await readJson(request), actor) }),
);
