import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { toRevisionView, type RevisionView } from "@/server/articles/revisions/revision-view";

const createdBy = { select: { id: true, name: true } } as const;

/** Every revision of an article, newest first, without their texts. */
export async function listRevisions(articleId: string, _actor: Actor): Promise<RevisionView[]> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { revisions: { orderBy: { number: "desc" }, include: { createdBy } } },
  });
  if (!article) throw notFound("Article");
  return article.revisions.map(toRevisionView);
}

/** One revision with its text, or 404. */
export async function getRevision(articleId: string, number: number, _actor: Actor) {
  const revision = Number.isSafeInteger(number)
    ? await db.articleRevision.findUnique({
        where: { articleId_number: { articleId, number } },
        include: { createdBy },
      })
    : null;
  if (!revision) throw notFound("Revision");
  return { ...toRevisionView(revision), contentText: revision.contentText, contentHtml: revision.contentHtml };
}
