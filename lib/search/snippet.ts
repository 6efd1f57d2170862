// Highlighted snippets without HTML: PostgreSQL's ts_headline marks the matched words with two
// control characters that stored text can never hold (lib/validation/text.ts removes them), and
// the server turns them into offsets. The browser renders the offsets as <mark> elements.

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

/** Plain text plus [start, end) ranges (UTF-16 offsets into `text`) of the highlighted words. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

/** Reads ts_headline's output: markers removed, their positions kept as ranges. */
export function parseHeadline(marked: string): Snippet {
  let text = "";
  const highlights: [number, number][] = [];
  let openedAt: number | null = null;
  for (const char of marked) {
    if (char === HIGHLIGHT_START) openedAt ??= text.length;
    else if (char === HIGHLIGHT_END) {
      if (openedAt !== null && text.length > openedAt) highlights.push([openedAt, text.length]);
      openedAt = null;
    } else text += char;
  }
  if (openedAt !== null && text.length > openedAt) highlights.push([openedAt, text.length]);
  return { text, highlights: mergeAdjacent(highlights) };
}

// Touching or overlapping ranges become one, so the browser never nests or splits a <mark>.
function mergeAdjacent(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export type SnippetSegment = { text: string; highlighted: boolean };

/** The snippet cut into plain and highlighted runs, in order, for rendering; bad ranges are ignored. */
export function snippetSegments({ text, highlights }: Snippet): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start), highlighted: false });
    segments.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlighted: false });
  return segments;
}
