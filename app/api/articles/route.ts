import { createArticle } from "@/server/articles/create-article";
import { listArticles } from "@/server/articles/list-articles";
import { ARTICLE_BODY_LIMIT_BYTES } from "@/server/articles/schemas";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

// JSON escaping can grow a 2 MB body up to six-fold (a .docx comes as base64, a third larger than
// the file); the services enforce the 2 MB themselves.
const REQUEST_LIMIT = ARTICLE_BODY_LIMIT_BYTES * 6 + 64 * 1024;

export const GET = apiRoute(async (request, { actor }) =>
  json(await listArticles(actor, Object.fromEntries(new URL(request.url).searchParams))),
);

export const POST = apiRoute(async (request, { actor }) => {
  const article = await createArticle(await readJson(request, REQUEST_LIMIT), actor);
  return json({ article }, 201);
});
