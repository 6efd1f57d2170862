import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";

/** Every signed-in user may follow every article today; an unknown one is a 404 before streaming. */
export async function assertArticleVisible(articleId: string, _actor: Actor): Promise<void> {
  const found = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!found) throw notFound("Article");
}
