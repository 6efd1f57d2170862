import { linkClaim } from "@/server/matching/link-claim";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json(await linkClaim(params.id, await readJson(request), actor), 201),
);
