import { apiRoute } from "@/server/http/api-route";
import { resetUserTwoFactor } from "@/server/auth/two-factor/manage";

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await resetUserTwoFactor(params.id, actor);
  return new Response(null, { status: 204 });
});
