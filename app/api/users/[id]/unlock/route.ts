import { apiRoute } from "@/server/http/api-route";
import { unlockUser } from "@/server/users/unlock-user";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await unlockUser(params.id, actor);
  return new Response(null, { status: 204 });
});
