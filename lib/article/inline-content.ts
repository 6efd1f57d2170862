import type { ArticleMark, InlineNode, TextNode } from "@/lib/article/doc";
import { sameMarks } from "@/lib/article/marks";
import { HTML_WHITESPACE_RUN, type WhitespaceMode } from "@/lib/article/whitespace-mode";

/** Inline content as collected from HTML, before whitespace rules and merging are applied. */
export type RawInline = { type: "text"; text: string; marks: ArticleMark[] } | { type: "hardBreak" };

/**
 * Turns collected inline content into valid textblock content: no empty text nodes, and adjacent
 * text with the same marks merged into one node (ProseMirror merges them too, so an unmerged
 * document would not survive a round trip through the editor unchanged).
 */
export function finishInline(items: readonly RawInline[], whitespace: WhitespaceMode): InlineNode[] {
  const shaped = whitespace === "collapse" ? collapseWhitespace(items) : items;
  const merged: RawInline[] = [];
  for (const item of shaped) {
    const previous = merged.at(-1);
    if (item.type === "text" && item.text === "") continue;
    if (item.type === "text" && previous?.type === "text" && sameMarks(previous.marks, item.marks)) {
      merged[merged.length - 1] = {
        ...previous,
        text: previous.text + item.text,
      };
    } else {
      merged.push(item);
    }
  }
  return merged.map(toInlineNode);
}

function toInlineNode(item: RawInline): InlineNode {
  if (item.type === "hardBreak") return item;
  const node: TextNode = { type: "text", text: item.text };
  if (item.marks.length > 0) node.marks = item.marks;
  return node;
}

/**
 * What a browser shows for `white-space: normal`: each whitespace run is one space, a space that
 * follows another space (even across element boundaries) or starts a line disappears, and so do
 * spaces at the end of a line. A trailing <br> draws no extra line, so it is dropped as well.
 */
function collapseWhitespace(items: readonly RawInline[]): RawInline[] {
  let afterSpaceOrLineStart = true;
  const collapsed = items
    .map((item): RawInline => {
      if (item.type === "hardBreak") {
        afterSpaceOrLineStart = true;
        return item;
      }
      let text = item.text.replace(HTML_WHITESPACE_RUN, " ");
      if (afterSpaceOrLineStart && text.startsWith(" ")) text = text.slice(1);
      if (text !== "") afterSpaceOrLineStart = text.endsWith(" ");
      return { ...item, text };
    })
    .filter((item) => item.type === "hardBreak" || item.text !== "");

  if (collapsed.at(-1)?.type === "hardBreak") collapsed.pop();

  let atLineEnd = true;
  for (let i = collapsed.length - 1; i >= 0; i--) {
    const item = collapsed[i];
    if (item === undefined) continue;
    if (item.type === "hardBreak") {
      atLineEnd = true;
    } else if (atLineEnd) {
      const text = item.text.endsWith(" ") ? item.text.slice(0, -1) : item.text;
      collapsed[i] = { ...item, text };
      atLineEnd = text === "";
    }
  }
  return collapsed;
}
