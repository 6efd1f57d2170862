import "server-only";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { DismissSuggestionInput } from "@/server/suggestions/schemas";
import { sentenceKey } from "@/server/suggestions/sentence-key";

/**
 * "Not a claim": the sentence is not suggested again on this article, in this revision or any
 * later one that keeps its words. Dismissing twice is the same as once.
 */
export async function dismissSuggestion(articleId: string, raw: unknown, actor: Actor) {
  assertPermission(actor, "claim.create");
  const { start, end, text } = parseInput(DismissSuggestionInput, raw);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { contentText: true } });
  if (!article) throw notFound("Article");
  // The offsets name the sentence the person saw; a stale page must not dismiss other words.
  if (article.contentText.slice(start, end) !== text)
    throw new AppError(
      "UNPROCESSABLE",
      "The article no longer has this sentence at that place. Reload the suggestions and try again.",
    );
  const key = sentenceKey(text);
  await db.suggestionDismissal.createMany({
    data: [{ articleId, sentenceKey: key, text, dismissedById: actor.id }],
    skipDuplicates: true,
  });
  return { sentenceKey: key, text };
}
