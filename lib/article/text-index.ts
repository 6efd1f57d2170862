import type { ArticleDoc, BlockNode, InlineNode, ListItemNode } from "@/lib/article/doc";

/**
 * One textblock (paragraph, heading, code block): its text is `text.slice(textStart, textEnd)` and
 * its content runs from ProseMirror position docStart to docEnd. Inside a textblock the mapping is
 * linear, because every inline node is as wide in positions as in text: a text node's size is its
 * length and a hardBreak (size 1) stands for one "\n".
 */
export type TextblockSegment = {
  textStart: number;
  textEnd: number;
  docStart: number;
  docEnd: number;
};

/** contentText and the map between its offsets and ProseMirror positions. */
export type TextIndex = { text: string; segments: TextblockSegment[] };

export type Bias = "start" | "end";

export const BLOCK_SEPARATOR = "\n\n";

/**
 * THE definition of an article's contentText, shared by browser and server: the textblocks in
 * document order joined by a blank line. A horizontal rule adds no text of its own. Offsets are
 * UTF-16 code units, like JS strings and ProseMirror positions.
 */
export function buildTextIndex(doc: ArticleDoc): TextIndex {
  const parts: string[] = [];
  const segments: TextblockSegment[] = [];
  let textLength = 0;

  const addTextblock = (text: string, pos: number): number => {
    if (segments.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      textLength += BLOCK_SEPARATOR.length;
    }
    segments.push({
      textStart: textLength,
      textEnd: textLength + text.length,
      docStart: pos + 1,
      docEnd: pos + 1 + text.length,
    });
    parts.push(text);
    textLength += text.length;
    return pos + text.length + 2;
  };

  // Returns the position right after the node, as ProseMirror's nodeSize would.
  const visit = (node: BlockNode | ListItemNode, pos: number): number => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        return addTextblock(inlineText(node.content), pos);
      case "codeBlock":
        return addTextblock(node.content?.[0].text ?? "", pos);
      case "horizontalRule":
        return pos + 1;
      default: {
        let inner = pos + 1;
        for (const child of node.content) inner = visit(child, inner);
        return inner + 1;
      }
    }
  };

  let pos = 0;
  for (const block of doc.content) pos = visit(block, pos);
  return { text: parts.join(""), segments };
}

function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/**
 * The ProseMirror position for a contentText offset. An offset inside a block separator has no
 * position of its own: "start" moves it to the beginning of the next textblock (use it for the
 * start of a range), "end" to the end of the previous one (for the end of a range).
 */
export function textOffsetToDocPos(index: TextIndex, offset: number, bias: Bias): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > index.text.length) {
    throw new RangeError(`Text offset ${offset} is outside 0..${index.text.length}`);
  }
  const i = lastAtOrBefore(index.segments, offset, (segment) => segment.textStart);
  const segment = index.segments[i];
  if (segment === undefined) return 0; // no textblock at all, e.g. a doc holding only a rule
  if (offset <= segment.textEnd) return segment.docStart + (offset - segment.textStart);
  const next = index.segments[i + 1];
  return bias === "start" && next ? next.docStart : segment.docEnd;
}

/**
 * The contentText offset for a ProseMirror position. A position between textblocks (around a
 * rule, between list items, before the first block) snaps to the start of the next textblock with
 * "start", to the end of the previous one with "end". Snapping the same way keeps the mapping
 * monotonic, so a selection's from/to never cross.
 */
export function docPosToTextOffset(index: TextIndex, pos: number, bias: Bias = "start"): number {
  const i = lastAtOrBefore(index.segments, pos, (segment) => segment.docStart);
  const segment = index.segments[i];
  if (segment !== undefined && pos <= segment.docEnd) return segment.textStart + (pos - segment.docStart);
  if (bias === "end") return segment?.textEnd ?? 0;
  return index.segments[i + 1]?.textStart ?? index.text.length;
}

/** Binary search over segments sorted by key: the last one whose key is <= value, or -1. */
function lastAtOrBefore(
  segments: readonly TextblockSegment[],
  value: number,
  key: (segment: TextblockSegment) => number,
): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const segment = segments[middle];
    if (segment !== undefined && key(segment) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
