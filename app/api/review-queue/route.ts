import { apiRoute, json } from "@/server/http/api-route";
import { listReviewQueue } from "@/server/review/list-review-queue";

export const GET = apiRoute(async (request, { actor }) =>
  json(await listReviewQueue(Object.fromEntries(new URL(request.url).searchParams), actor)),
);
