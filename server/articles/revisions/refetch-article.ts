import "server-only";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import type { ImportOptions } from "@/server/articles/import/import-article-source";
import { createRevision, type CreateRevisionResult } from "@/server/articles/revisions/create-revision";
import { loadRevisionBody } from "@/server/articles/revisions/revision-body";
import { textFingerprint } from "@/server/articles/text-fingerprint";
import { longDate } from "@/lib/export/long-date";

export type RefetchResult =
  | { changed: false; message: string; revision: number }
  | (Extract<CreateRevisionResult, { dryRun: false }> & { changed: true });

/**
 * Fetches a URL article's page again. Only a different text (after normalizing whitespace,
 * quote styles and no-break spaces) makes a new revision; otherwise the answer says since when
 * nothing has changed.
 */
export async function refetchArticle(
  articleId: string,
  actor: Actor,
  options: ImportOptions = {},
): Promise<RefetchResult> {
  assertPermission(actor, "article.update");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { url: true, revision: true, revisions: { orderBy: { number: "desc" }, take: 1 } },
  });
  if (!article) throw notFound("Article");
  if (!article.url) throw new AppError("UNPROCESSABLE", "This article has no web address to fetch again.");
  const input = { format: "url" as const, url: article.url, note: "Fetched again from the web" };
  const fetched = await loadRevisionBody(input, options);
  const current = article.revisions[0];
  if (current && current.fingerprint === textFingerprint(fetched.contentText)) {
    return {
      changed: false,
      message: `No change since ${longDate(current.createdAt.toISOString())} (revision ${current.number}).`,
      revision: article.revision,
    };
  }
  const result = await createRevision(articleId, input, actor, { fetched });
  if (result.dryRun) throw new Error("unreachable: refetch always saves");
  return { ...result, changed: true };
}
