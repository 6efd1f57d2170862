// What the PDF and DOCX say about one claim, as plain strings in the words of the HTML export:
// the verdict and review status are always words (with a symbol), never a colour alone. Every
// string has been through plainText/plainLine, so no control character reaches either format.
import { COMMENT_KIND_LABELS } from "@/lib/claims/comment-view";
import { longDate } from "@/lib/export/long-date";
import type { ExportClaim } from "@/lib/export/model";
import { plainLine, plainText } from "@/lib/export/plain-text";

export interface NoteSource {
  title: string;
  publisher: string | null;
  stance: string;
  /** http(s) only: the one kind of URL either format may link. */
  link: string | null;
  /** The URL as stored, printed as text. */
  url: string;
  excerpt: string | null;
}

export interface ClaimNote {
  number: number;
  /** "Claim 3" */
  heading: string;
  /** "✗ False", or "No verdict yet" */
  verdict: string;
  /** "Review status: Approved by Erin Editor on 22 November 2026" */
  status: string;
  approved: boolean;
  quote: string;
  claimant: string | null;
  rationale: string | null;
  sources: NoteSource[];
  comments: { meta: string; body: string }[];
  /** The claim's words are no longer found in the article. */
  orphan: boolean;
  author: string;
}

export const ORPHAN_NOTE = "This claim’s words are no longer found in the text.";

export function claimNote(c: ExportClaim, includeNotes: boolean): ClaimNote {
  if (!Number.isSafeInteger(c.number) || c.number < 1) throw new Error(`not a claim number: ${c.number}`);
  return {
    number: c.number,
    heading: `Claim ${c.number}`,
    verdict: c.verdict ? plainLine(`${c.verdict.symbol} ${c.verdict.label}`) : "No verdict yet",
    status: plainLine(statusText(c)),
    approved: c.status === "APPROVED",
    quote: plainText(c.quote.exact),
    claimant: c.claimant ? plainLine(c.claimant) : null,
    rationale: c.rationale ? plainText(c.rationale) : null,
    sources: c.sources.map((s) => ({
      title: plainLine(s.title),
      publisher: s.publisher ? plainLine(s.publisher) : null,
      stance: s.stanceLabel,
      link: linkTarget(s.url),
      url: plainLine(s.rawUrl),
      excerpt: s.excerpt ? plainText(s.excerpt) : null,
    })),
    comments: includeNotes
      ? c.comments.map((m) => ({
          meta: plainLine(`${COMMENT_KIND_LABELS[m.kind]} · ${m.author.name} · ${longDate(m.createdAt)}`),
          body: plainText(m.body),
        }))
      : [],
    orphan: c.anchored === null,
    author: plainLine(c.updatedBy.name || c.reviewedBy?.name || "Fact-check desk"),
  };
}

function statusText(c: ExportClaim): string {
  if (c.status !== "APPROVED") return `Review status: ${c.statusLabel}, not approved yet`;
  const by = c.reviewedBy ? ` by ${c.reviewedBy.name}` : "";
  const on = c.reviewedAt ? ` on ${longDate(c.reviewedAt)}` : "";
  return `Review status: Approved${by}${on}`;
}

/** "CC" for "Casey Checker": Word shows them on the comment. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .flatMap((w) => [...w].slice(0, 1))
    .filter((ch) => /\p{L}/u.test(ch));
  return (letters.length > 0 ? letters.slice(0, 3).join("") : "FD").toUpperCase();
}

/**
 * The URL a link may point at: http(s) only, as the WHATWG URL parser writes it, so quotes,
 * angle brackets, spaces and non-ASCII are percent-encoded (Word rejects a relationship target
 * that is not a valid URI, and PDF URIs are ASCII). Anything else is never linked.
 */
export function linkTarget(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
