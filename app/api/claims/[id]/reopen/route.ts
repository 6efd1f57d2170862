import { reopenClaim } from "@/server/review/reopen-claim";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ claim: await reopenClaim(params.id, await readJson(request), actor) }),
);
