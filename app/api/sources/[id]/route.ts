import { removeSource } from "@/server/sources/remove-source";
import { apiRoute } from "@/server/http/api-route";

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await removeSource(params.id, actor);
  return new Response(null, { status: 204 });
});
