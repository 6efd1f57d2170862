import { deleteClaim } from "@/server/claims/delete-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const PATCH = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ claim: await updateClaim(params.id, await readJson(request), actor) }),
);

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await deleteClaim(params.id, actor);
  return new Response(null, { status: 204 });
});
