import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";

/**
 * Removes an article from the desk and from its public page, with its claims, sources, comments
 * and revisions. The claims' history stays in the audit log (ClaimEvent has no foreign key), each
 * closed by a DELETED event that names the article.
 */
export async function deleteArticle(articleId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "article.delete");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, claims: { select: { id: true, exact: true } } },
    });
    if (!article) throw notFound("Article");
    const events: Prisma.ClaimEventCreateManyInput[] = article.claims.map((c) => ({
      claimId: c.id,
      articleId,
      actorId: actor.id,
      action: "DELETED",
      changes: { article: { before: article.title, after: null }, exact: { before: c.exact, after: null } },
    }));
    if (events.length > 0) await tx.claimEvent.createMany({ data: events });
    await tx.article.delete({ where: { id: articleId } });
  });
}
