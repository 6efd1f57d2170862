import { apiRoute } from "@/server/http/api-route";
import { assertArticleVisible } from "@/server/live/assert-article";
import { deskEventStream } from "@/server/live/event-stream";
import { leaveWhenStreamCloses } from "@/server/presence/stream-presence";

// Server-Sent Events: everything that changes what a person on this article sees (docs/api.md).
export const GET = apiRoute<{ id: string }>(async (request, { actor, params }) => {
  await assertArticleVisible(params.id, actor);
  const onClose = leaveWhenStreamCloses(request, params.id, actor.id);
  return deskEventStream(request, { articleId: params.id, readerId: actor.id, onClose });
});
