// The article body as CommonMark: headings, paragraphs, lists, quotes, code and rules, with a
// footnote reference after each claim's last word.
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import { indentContinuation } from "@/lib/export/escape-markdown";
import { footnoteRef, inlineMarkdown } from "@/lib/export/markdown-inline";
import { plainText } from "@/lib/export/plain-text";

export function articleMarkdown(blocks: AnnotatedBlock[]): string {
  return blocks
    .map(blockMarkdown)
    .filter((s) => s !== "")
    .join("\n\n");
}

function blockMarkdown(b: AnnotatedBlock): string {
  switch (b.type) {
    case "paragraph":
      return inlineMarkdown(b.runs, "\\\n");
    case "heading": {
      // "#" is the title and "##" the export's sections, so the article's own headings go two down.
      const text = inlineMarkdown(b.runs, " ");
      return text && `${"#".repeat(Math.min(b.level + 2, 6))} ${text}`;
    }
    case "codeBlock":
      return codeBlockMarkdown(b.runs);
    case "horizontalRule":
      return "---";
    case "blockquote": {
      const inner = articleMarkdown(b.content);
      return inner && inner.replace(/^/gm, "> ").replace(/^> $/gm, ">");
    }
    case "bulletList":
      return b.items.map((item) => listItem("- ", item)).join("\n");
    case "orderedList":
      return b.items.map((item, i) => listItem(`${Math.trunc(b.start) + i}. `, item)).join("\n");
  }
}

function listItem(marker: string, blocks: AnnotatedBlock[]): string {
  return marker + indentContinuation(articleMarkdown(blocks), " ".repeat(marker.length));
}

/** A fenced block longer than any backtick run inside; references to claims ending in it follow it. */
function codeBlockMarkdown(runs: AnnotatedRun[]): string {
  const code = plainText(runs.map((r) => (r.kind === "text" ? r.text : "\n")).join(""));
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const refs = runs
    .flatMap((r) => [...r.ends].sort((a, b) => a - b))
    .map(footnoteRef)
    .join("");
  return `${fence}\n${code}\n${fence}${refs && `\n\n${refs}`}`;
}
