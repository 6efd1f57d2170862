import { dismissMatch } from "@/server/matching/dismiss-match";
import { apiRoute } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string; otherId: string }>(async (_request, { actor, params }) => {
  await dismissMatch(params.id, params.otherId, actor);
  return new Response(null, { status: 204 });
});
