// The words every output uses about a claim (HTML export and pages, PDF, DOCX, Markdown, CSV), so
// that "Claim 8", its verdict and its review status read the same wherever a reader meets them.
// Verdicts and statuses are always words, with the verdict's symbol beside them, never a colour.
import { COMMENT_KIND_LABELS, type CommentView } from "@/lib/claims/comment-view";
import { claimNumber } from "@/lib/export/claim-anchor";
import { longDate } from "@/lib/export/long-date";
import type { ExportClaim } from "@/lib/export/model";
import { plainLine } from "@/lib/export/plain-text";

export const NO_VERDICT = "No verdict yet";
export const ORPHAN_NOTE = "This claim’s words are no longer found in the text.";
export const NO_CLAIMS = "No claims to show.";

/** "Claim 8": the claim's stable number, checked. */
export const claimTitle = (n: number) => `Claim ${claimNumber(n)}`;

/** "✗ False", or "No verdict yet". */
export const verdictWords = (c: Pick<ExportClaim, "verdict">) =>
  c.verdict ? `${c.verdict.symbol} ${c.verdict.label}` : NO_VERDICT;

/** "Review status: Approved by Erin Editor on 22 November 2026", or "… In review, not approved yet". */
export function reviewStatus(c: ExportClaim): string {
  if (c.status !== "APPROVED") return `Review status: ${c.statusLabel}, not approved yet`;
  const by = c.reviewedBy ? ` by ${c.reviewedBy.name}` : "";
  const on = c.reviewedAt ? ` on ${longDate(c.reviewedAt)}` : "";
  return `Review status: Approved${by}${on}`;
}

/** "Changes requested · Erin Editor · 21 November 2026": who said a review note, and when. */
export const commentMeta = (m: CommentView) =>
  `${COMMENT_KIND_LABELS[m.kind]} · ${m.author.name} · ${longDate(m.createdAt)}`;

export const backToText = (n: number) => `Back to claim ${claimNumber(n)} in the text`;

const SUMMARY_LENGTH = 160;

/**
 * A rationale in one line, for a summary: its first sentence, or its first ~160 characters cut at
 * a word. A full stop counts as a sentence end only before a capital letter or the end, so
 * "12.5 percent" and "e.g. the" do not end it.
 */
export function oneLineRationale(rationale: string): string {
  const line = plainLine(rationale).replace(/\s+/g, " ").trim();
  const end = /[.!?](?=\s+["“‘(]?\p{Lu}|\s*$)/u.exec(line);
  const sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length <= SUMMARY_LENGTH) return sentence;
  const cut = sentence.slice(0, SUMMARY_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}
