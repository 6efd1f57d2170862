import { apiRoute } from "@/server/http/api-route";
import { deskEventStream } from "@/server/live/event-stream";

// Server-Sent Events of every article, for the lists (review queue, articles); docs/api.md.
export const GET = apiRoute(async (request, { actor }) =>
  deskEventStream(request, { articleId: null, readerId: actor.id }),
);
