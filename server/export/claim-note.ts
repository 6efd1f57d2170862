// What the PDF and DOCX say about one claim, as plain strings in the words of the HTML export
// (lib/export/claim-wording): the verdict and review status are always words (with a symbol),
// never a colour alone. Every string has been through plainText/plainLine, so no control
// character reaches either format.
import { claimTitle, commentMeta, reviewStatus, verdictWords } from "@/lib/export/claim-wording";
import type { ExportClaim } from "@/lib/export/model";
import { plainLine, plainText } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";

export interface NoteSource {
  title: string;
  publisher: string | null;
  stance: string;
  /** The link policy's href for the source (http(s) only), or null: then it is printed, not linked. */
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

export function claimNote(c: ExportClaim, includeNotes: boolean): ClaimNote {
  return {
    number: c.number,
    heading: claimTitle(c.number),
    verdict: plainLine(verdictWords(c)),
    status: plainLine(reviewStatus(c)),
    approved: c.status === "APPROVED",
    quote: plainText(c.quote.exact),
    claimant: c.claimant ? plainLine(c.claimant) : null,
    rationale: c.rationale ? plainText(c.rationale) : null,
    sources: c.sources.map((s) => ({
      title: plainLine(s.title),
      publisher: s.publisher ? plainLine(s.publisher) : null,
      stance: s.stanceLabel,
      link: sourceHref(s.url),
      url: plainLine(s.rawUrl),
      excerpt: s.excerpt ? plainText(s.excerpt) : null,
    })),
    comments: includeNotes ? c.comments.map((m) => ({ meta: plainLine(commentMeta(m)), body: plainText(m.body) })) : [],
    orphan: c.anchored === null,
    author: plainLine(c.updatedBy.name || c.reviewedBy?.name || "Fact-check desk"),
  };
}
