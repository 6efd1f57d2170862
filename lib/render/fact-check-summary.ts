// The summary that opens the public page: for each claim its number (a link to its note), verdict
// in symbol and words, quote, claimant and the rationale in one line, so a reader gets the whole
// fact-check before scrolling through the article.
import { claimId } from "@/lib/export/claim-anchor";
import { claimTitle, NO_CLAIMS, oneLineRationale } from "@/lib/export/claim-wording";
import type { ExportClaim, ExportDocument } from "@/lib/export/model";
import { plainLine } from "@/lib/export/plain-text";
import { verdictBadge } from "@/lib/render/claim-notes";
import { h, type Element } from "@/lib/render/element";

export const SUMMARY_HEADING = "Summary of the fact-check";

export function factCheckSummary({ claims, newsroom }: ExportDocument): Element {
  const count = claims.length === 1 ? "1 claim" : `${claims.length} claims`;
  return h(
    "section",
    { class: "summary", "aria-labelledby": "summary-heading" },
    h("h2", { id: "summary-heading" }, SUMMARY_HEADING),
    claims.length === 0
      ? h("p", {}, NO_CLAIMS)
      : [
          h("p", { class: "summary__intro" }, `${newsroom.name} checked ${count} in this article.`),
          h("ol", { class: "summary__claims" }, claims.map(summaryItem)),
        ],
  );
}

function summaryItem(c: ExportClaim): Element {
  return h(
    "li",
    { class: "summary__claim" },
    h(
      "p",
      { class: "summary__title" },
      h("a", { href: `#${claimId(c.number)}` }, claimTitle(c.number)),
      " ",
      verdictBadge(c.verdict),
    ),
    h("blockquote", { class: "summary__quote", dir: "auto" }, h("p", {}, `“${c.quote.exact}”`)),
    c.claimant && h("p", { class: "summary__claimant" }, "Claimant: ", h("bdi", {}, plainLine(c.claimant))),
    c.rationale && h("p", { class: "summary__rationale", dir: "auto" }, oneLineRationale(c.rationale)),
  );
}

const DESCRIPTION_LENGTH = 200;

/** One line for search results and link previews: how many claims, and the first verdicts. */
export function shareDescription({ claims, newsroom }: ExportDocument): string {
  const count = claims.length === 1 ? "1 claim" : `${claims.length} claims`;
  const verdicts = claims.map((c) => `${c.verdict?.label ?? "No verdict yet"}: “${plainLine(c.quote.exact)}”`);
  const line = `${newsroom.name} checked ${count} in this article${verdicts.length > 0 ? `. ${verdicts.join("; ")}` : "."}`;
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), DESCRIPTION_LENGTH / 2)).trimEnd()}…`;
}
