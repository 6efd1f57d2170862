import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";

/** Takes the public page down at once: /p/<slug> answers 404 from the next request on. */
export async function unpublishArticle(articleId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "article.publish");
  const { count } = await db.article.updateMany({
    where: { id: articleId },
    data: { publicSlug: null, publicSince: null, publishedById: null },
  });
  if (count === 0) throw notFound("Article");
}
