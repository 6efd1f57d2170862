import { apiRoute } from "@/server/http/api-route";
import { revokeApiToken } from "@/server/auth/api-tokens";

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await revokeApiToken(params.id, actor);
  return new Response(null, { status: 204 });
});
