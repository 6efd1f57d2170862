import "server-only";
import { diffStats, diffWords } from "@/lib/anchoring/text-diff";
import type { Actor } from "@/server/permissions";
import { getRevision } from "@/server/articles/revisions/list-revisions";

/** What changed from revision `against` to revision `number`: inserted and deleted words. */
export async function diffRevisions(articleId: string, number: number, against: number, actor: Actor) {
  const [from, to] = await Promise.all([getRevision(articleId, against, actor), getRevision(articleId, number, actor)]);
  const changes = diffWords(from.contentText, to.contentText);
  return { from: from.number, to: to.number, changes, words: diffStats(changes) };
}
