import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { readArticle } from "@/server/articles/article-view";
import type { ArticleView } from "@/lib/articles/article-view";

// Every signed-in member of the newsroom may read every article; when newsrooms become tenants,
// scope this query by newsroom and a miss stays a 404.
export async function getArticle(id: string, _actor: Actor): Promise<ArticleView> {
  const article = await readArticle(db, { id });
  if (!article) throw notFound("Article");
  return article.view;
}
