import { createClaim } from "@/server/claims/create-claim";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ claim: await createClaim(params.id, await readJson(request), actor) }, 201),
);
