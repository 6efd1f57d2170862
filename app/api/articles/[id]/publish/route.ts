import { publishArticle } from "@/server/publish/publish-article";
import { unpublishArticle } from "@/server/publish/unpublish-article";
import { apiRoute, json } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json(await publishArticle(params.id, actor)),
);

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await unpublishArticle(params.id, actor);
  return new Response(null, { status: 204 });
});
