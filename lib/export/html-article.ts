// The article body of the HTML export: its structure, formatting and links, with every claim's
// words inside <mark data-claim="N"> and a numbered reference to the claim's note where it ends.
import type { ArticleMark } from "@/lib/article/doc";
import { isAllowedHref } from "@/lib/article/allowed-href";
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import { claimId, claimNumber } from "@/lib/export/claim-anchor";
import { escapeHtml } from "@/lib/export/escape-html";
import type { ExportClaim } from "@/lib/export/model";

const TAG_BY_MARK: Record<Exclude<ArticleMark["type"], "link">, string> = {
  bold: "strong",
  italic: "em",
  strike: "s",
  underline: "u",
  code: "code",
};
// The page's h1 is the article title and the article sits under an h2, so its own headings go two down.
const headingTag = (level: number) => `h${Math.min(level + 2, 6)}`;

export function articleHtml(blocks: AnnotatedBlock[], claims: ReadonlyMap<number, ExportClaim>): string {
  const marked = new Set<number>();

  const openMark = (n: number): string => {
    // Only a claim's first mark carries the id its note links back to; later pieces repeat data-claim.
    const id = marked.has(n) ? "" : ` id="${claimId(n, "text")}"`;
    marked.add(n);
    const verdict = claims.get(n)?.verdict?.key ?? "none";
    return `<mark${id} class="verdict-${escapeHtml(verdict)}" data-claim="${claimNumber(n)}">`;
  };

  const reference = (n: number): string => {
    const verdict = claims.get(n)?.verdict;
    const label = `Claim ${n}: ${verdict ? verdict.label : "no verdict yet"}`;
    const symbol = verdict ? `<span class="ref-verdict" aria-hidden="true">${escapeHtml(verdict.symbol)}</span>` : "";
    return `<sup class="claim-ref"><a id="${claimId(n, "ref")}" href="#${claimId(n)}" aria-label="${escapeHtml(label)}">[${claimNumber(n)}]</a>${symbol}</sup>`;
  };

  // Marks nest as a stack across the runs of one textblock: a run keeps the marks it shares with
  // the run before (outermost first) and opens the rest. A reference closes every open mark first,
  // so that marks hold exactly the claims' words; the next run reopens what continues.
  const inline = (runs: AnnotatedRun[]): string => {
    let out = "";
    const open: number[] = [];
    const closeTo = (depth: number) => {
      while (open.length > depth) {
        open.pop();
        out += "</mark>";
      }
    };
    for (const run of runs) {
      let keep = 0;
      while (keep < open.length && open[keep] === run.claims[keep]) keep++;
      closeTo(keep);
      for (const n of run.claims.slice(keep)) {
        out += openMark(n);
        open.push(n);
      }
      out += run.kind === "hardBreak" ? "<br>" : formatted(run.text, run.marks);
      if (run.ends.length > 0) {
        closeTo(0);
        out += [...run.ends]
          .sort((a, b) => a - b)
          .map(reference)
          .join("");
      }
    }
    closeTo(0);
    return out;
  };

  const block = (b: AnnotatedBlock): string => {
    switch (b.type) {
      case "paragraph":
        return `<p dir="auto">${inline(b.runs)}</p>`;
      case "heading":
        return `<${headingTag(b.level)} dir="auto">${inline(b.runs)}</${headingTag(b.level)}>`;
      case "codeBlock":
        return `<pre><code>${inline(b.runs)}</code></pre>`;
      case "horizontalRule":
        return "<hr>";
      case "blockquote":
        return `<blockquote>${b.content.map(block).join("")}</blockquote>`;
      case "bulletList":
        return `<ul>${b.items.map((item) => `<li>${item.map(block).join("")}</li>`).join("")}</ul>`;
      case "orderedList": {
        const start = b.start === 1 ? "" : ` start="${Math.trunc(b.start)}"`;
        return `<ol${start}>${b.items.map((item) => `<li>${item.map(block).join("")}</li>`).join("")}</ol>`;
      }
    }
  };

  return blocks.map(block).join("\n");
}

/** Text with its formatting; the first mark is the outermost element, as in the stored HTML. */
function formatted(text: string, marks: ArticleMark[]): string {
  return marks.reduceRight((inner, mark) => {
    if (mark.type !== "link") return `<${TAG_BY_MARK[mark.type]}>${inner}</${TAG_BY_MARK[mark.type]}>`;
    // Links the desk would not keep (javascript:, relative…) are printed as their text alone.
    if (!isAllowedHref(mark.attrs.href)) return inner;
    return `<a href="${escapeHtml(mark.attrs.href.trim())}" rel="noopener noreferrer nofollow">${inner}</a>`;
  }, escapeHtml(text));
}
