import "server-only";
import { docFromStoredHtml } from "@/lib/article/import-body";
import { STANCE_LABELS } from "@/lib/claims/claim-view";
import { orderClaims } from "@/lib/claims/order-claims";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import type { ExportClaim, ExportDocument, ExportScope } from "@/lib/export/model";
import { isHttpUrl } from "@/lib/validation/fields";
import { verdictByKey } from "@/lib/verdicts";
import { db } from "@/server/db";
import { env, publicBaseUrl } from "@/server/env";
import { notFound } from "@/server/errors";
import { readArticle } from "@/server/articles/article-view";
import { toCommentView } from "@/server/comments/list-comments";

const author = { select: { id: true, name: true } } as const;

/**
 * Everything an export renders, for one article: approved claims only unless `scope` is "all",
 * numbered in text order the way the desk numbers them, and the review notes when asked for.
 */
export async function loadExportDocument(
  where: { id: string } | { publicSlug: string },
  { scope, includeNotes }: { scope: ExportScope; includeNotes: boolean },
): Promise<ExportDocument> {
  const read = await readArticle(db, "id" in where ? { id: where.id } : { publicSlug: where.publicSlug });
  if (!read) throw notFound("Article");
  const { row, view: article } = read;
  const notes = includeNotes
    ? await db.comment.findMany({
        where: { claim: { articleId: row.id } },
        include: { author },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const commentsOf = (claimId: string) => notes.filter((c) => c.claimId === claimId).map(toCommentView);
  const claims = article.claims.filter((c) => scope === "all" || c.status === "APPROVED");

  const base = publicBaseUrl();
  const publicUrl = row.publicSlug ? `${base}/p/${row.publicSlug}` : null;
  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url && isHttpUrl(article.url) ? article.url : null,
      author: article.author,
      publishedAt: article.publishedAt,
      createdAt: article.createdAt,
    },
    doc: docFromStoredHtml(article.contentHtml),
    text: article.contentText,
    claims: orderClaims(claims, article.contentText).map(({ claim, number, range }): ExportClaim => ({
      number,
      id: claim.id,
      quote: claim.target.selector[0],
      position: claim.target.selector[1],
      anchored: range,
      claimant: claim.claimant,
      verdict: verdictByKey(claim.verdict) ?? null,
      rationale: claim.rationale,
      status: claim.status,
      statusLabel: STATUS_DISPLAY[claim.status].label,
      sources: claim.sources.map((s) => ({
        url: isHttpUrl(s.url) ? s.url : null,
        rawUrl: s.url,
        title: s.title,
        publisher: s.publisher,
        excerpt: s.excerpt,
        stance: s.stance,
        stanceLabel: STANCE_LABELS[s.stance],
      })),
      createdBy: claim.createdBy,
      updatedBy: claim.updatedBy,
      reviewedBy: claim.reviewedBy,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      reviewedAt: claim.reviewedAt,
      comments: commentsOf(claim.id),
    })),
    scope,
    includeNotes,
    newsroom: { name: env().NEWSROOM_NAME, url: base },
    publicUrl,
    targetUrl: publicUrl ?? `${base}/articles/${article.id}`,
    generatedAt: new Date().toISOString(),
  };
}
