// The claim notes as an element tree, for the HTML export and the public page alike: one
// <li id="claim-N"> per claim, in number order, the target of every `#claim-N` link (ClaimReview's
// deep links included). The verdict and the review status are always words, with a symbol.
import type { Verdict } from "@/lib/verdicts";
import { claimId } from "@/lib/export/claim-anchor";
import {
  backToText,
  claimTitle,
  commentMeta,
  NO_CLAIMS,
  NO_VERDICT,
  ORPHAN_NOTE,
  reviewStatus,
} from "@/lib/export/claim-wording";
import type { ExportClaim, ExportSource } from "@/lib/export/model";
import { plainLine } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";
import { h, paragraphs, type Element } from "@/lib/render/element";

const EXTERNAL = "noopener noreferrer nofollow";

/** "✗ False" as a badge: the symbol is hidden from screen readers, which read the word. */
export function verdictBadge(verdict: Verdict | null): Element {
  return verdict
    ? h(
        "span",
        { class: `badge verdict-${verdict.key}` },
        h("span", { "aria-hidden": "true" }, verdict.symbol),
        ` ${verdict.label}`,
      )
    : h("span", { class: "badge verdict-none" }, NO_VERDICT);
}

export function claimNotesTree(claims: ExportClaim[], { includeNotes }: { includeNotes: boolean }): Element {
  if (claims.length === 0) return h("p", {}, NO_CLAIMS);
  return h(
    "ol",
    { class: "notes" },
    claims.map((c) => noteTree(c, includeNotes)),
  );
}

function noteTree(c: ExportClaim, includeNotes: boolean): Element {
  return h(
    "li",
    { id: claimId(c.number), class: "note", "aria-labelledby": claimId(c.number, "title") },
    h("h3", { id: claimId(c.number, "title") }, `${claimTitle(c.number)} `, verdictBadge(c.verdict)),
    h("p", { class: `status status-${c.status === "APPROVED" ? "approved" : "pending"}` }, reviewStatus(c)),
    h("blockquote", { class: "quote", dir: "auto" }, h("p", {}, `“${c.quote.exact}”`)),
    c.claimant && h("p", { class: "claimant" }, "Claimant: ", h("bdi", {}, plainLine(c.claimant))),
    c.rationale && [h("h4", {}, "Rationale"), h("div", { class: "rationale", dir: "auto" }, paragraphs(c.rationale))],
    c.sources.length > 0 && [h("h4", {}, "Sources"), h("ul", { class: "sources" }, c.sources.map(sourceTree))],
    includeNotes && c.comments.length > 0 && commentsTree(c),
    c.anchored
      ? h("p", { class: "back" }, h("a", { href: `#${claimId(c.number, "text")}` }, backToText(c.number)))
      : h("p", { class: "orphan" }, ORPHAN_NOTE),
  );
}

function sourceTree(s: ExportSource): Element {
  // Only http(s) URLs become links; anything else is shown as text so the reader sees what was stored.
  const href = sourceHref(s.url);
  return h(
    "li",
    { dir: "auto" },
    href
      ? h("cite", {}, h("a", { href, rel: EXTERNAL }, s.title))
      : [h("cite", {}, s.title), " ", h("span", { class: "raw-url" }, `(${s.rawUrl})`)],
    s.publisher && ` · ${s.publisher}`,
    " — ",
    h("span", { class: "stance" }, s.stanceLabel),
    s.excerpt && h("blockquote", { class: "excerpt", dir: "auto" }, paragraphs(s.excerpt)),
  );
}

function commentsTree(c: ExportClaim): Element[] {
  const items = c.comments.map((m) =>
    h("li", {}, h("p", { class: "comment-meta" }, commentMeta(m)), paragraphs(m.body)),
  );
  return [h("h4", {}, "Review notes"), h("ol", { class: "comments" }, items)];
}
