// The annotated article as an element tree, for the HTML export and the pages alike: the article's
// structure, formatting and links, every claim's words inside <mark data-claim="N"> and, where a
// claim ends, a numbered reference to its note with the verdict's symbol.
import type { ArticleMark } from "@/lib/article/doc";
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import { claimId, claimNumber } from "@/lib/export/claim-anchor";
import { claimTitle, NO_VERDICT } from "@/lib/export/claim-wording";
import type { ExportClaim } from "@/lib/export/model";
import { articleHref } from "@/lib/links/link-policy";
import { h, type Element, type Node, type Tag } from "@/lib/render/element";

const TAG_BY_MARK: Record<Exclude<ArticleMark["type"], "link">, Tag> = {
  bold: "strong",
  italic: "em",
  strike: "s",
  underline: "u",
  code: "code",
};

// Every page that shows the article has the title as its h1 and the article under an h2, so the
// article's own headings go two levels down.
const headingTag = (level: number) => `h${Math.min(Math.max(Math.trunc(level), 1) + 2, 6)}` as Tag;

export function annotatedArticleTree(blocks: AnnotatedBlock[], claims: ReadonlyMap<number, ExportClaim>): Element[] {
  const marked = new Set<number>();

  const openMark = (n: number): Element => {
    // Only a claim's first mark carries the id its note links back to; later pieces repeat data-claim.
    const id = marked.has(n) ? undefined : claimId(n, "text");
    marked.add(n);
    const verdict = claims.get(n)?.verdict?.key ?? "none";
    return h("mark", { id, class: `verdict-${verdict}`, "data-claim": claimNumber(n) });
  };

  const reference = (n: number): Element => {
    const verdict = claims.get(n)?.verdict;
    return h(
      "sup",
      { class: "claim-ref" },
      h(
        "a",
        {
          id: claimId(n, "ref"),
          href: `#${claimId(n)}`,
          "aria-label": `${claimTitle(n)}: ${verdict?.label ?? NO_VERDICT}`,
        },
        `[${claimNumber(n)}]`,
      ),
      verdict && h("span", { class: "ref-verdict", "aria-hidden": "true" }, verdict.symbol),
    );
  };

  // Marks nest as a stack across the runs of one textblock: a run keeps the marks it shares with
  // the run before (outermost first) and opens the rest. A reference closes every open mark first,
  // so that marks hold exactly the claims' words; the next run reopens what continues.
  const inline = (runs: AnnotatedRun[]): Node[] => {
    const out: Node[] = [];
    const open: { n: number; mark: Element }[] = [];
    const sink = () => open.at(-1)?.mark.children ?? out;
    for (const run of runs) {
      let keep = 0;
      while (keep < open.length && open[keep]!.n === run.claims[keep]) keep++;
      open.length = keep;
      for (const n of run.claims.slice(keep)) {
        const mark = openMark(n);
        sink().push(mark);
        open.push({ n, mark });
      }
      sink().push(run.kind === "hardBreak" ? h("br") : formatted(run.text, run.marks));
      if (run.ends.length > 0) {
        open.length = 0;
        out.push(...[...run.ends].sort((a, b) => a - b).map(reference));
      }
    }
    return out;
  };

  const items = (list: AnnotatedBlock[][]) => list.map((item) => h("li", {}, item.map(block)));

  const block = (b: AnnotatedBlock): Element => {
    switch (b.type) {
      case "paragraph":
        return h("p", { dir: "auto" }, inline(b.runs));
      case "heading":
        return h(headingTag(b.level), { dir: "auto" }, inline(b.runs));
      case "codeBlock":
        return h("pre", {}, h("code", {}, inline(b.runs)));
      case "horizontalRule":
        return h("hr");
      case "blockquote":
        return h("blockquote", {}, b.content.map(block));
      case "bulletList":
        return h("ul", {}, items(b.items));
      case "orderedList":
        return h("ol", { start: b.start === 1 ? undefined : Math.trunc(b.start) }, items(b.items));
    }
  };

  return blocks.map(block);
}

/** Text with its formatting; the first mark is the outermost element, as in the stored HTML. */
function formatted(text: string, marks: ArticleMark[]): Node {
  return marks.reduceRight<Node>((inner, mark) => {
    if (mark.type !== "link") return h(TAG_BY_MARK[mark.type], {}, inner);
    // Links the policy would not keep (javascript:, relative…) are printed as their text alone.
    const href = articleHref(mark.attrs.href);
    return href ? h("a", { href, rel: "noopener noreferrer nofollow" }, inner) : inner;
  }, text);
}
