import { deleteArticle } from "@/server/articles/delete-article";
import { getArticle } from "@/server/articles/get-article";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ article: await getArticle(params.id, actor) }),
);

export const DELETE = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  await deleteArticle(params.id, actor);
  return new Response(null, { status: 204 });
});
