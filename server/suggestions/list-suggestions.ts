import "server-only";
import { suggestSentences, type Suggestion } from "@/lib/checkworthy/suggest-sentences";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { sentenceKey } from "@/server/suggestions/sentence-key";

/**
 * The article's likely check-worthy sentences in its current text, best first, without those a
 * person dismissed and those a claim already covers (any overlap with a claim anchored in this
 * revision).
 */
export async function listSuggestions(articleId: string, actor: Actor): Promise<Suggestion[]> {
  assertPermission(actor, "claim.create");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { contentText: true, revision: true },
  });
  if (!article) throw notFound("Article");
  const [claims, dismissals] = await Promise.all([
    db.claim.findMany({
      where: { articleId, anchorRevision: article.revision, anchorStatus: { in: ["EXACT", "FUZZY"] } },
      select: { startOffset: true, endOffset: true },
    }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { sentenceKey: true } }),
  ]);
  const dismissed = new Set(dismissals.map((d) => d.sentenceKey));
  const covered = (s: { start: number; end: number }) =>
    claims.some((c) => c.startOffset < s.end && c.endOffset > s.start);
  return suggestSentences(article.contentText, (s) => covered(s) || dismissed.has(sentenceKey(s.text))).map(
    ({ start, end, text, score, reasons }) => ({ start, end, text, score, reasons }),
  );
}
