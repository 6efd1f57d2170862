/**
 * Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) kept at the start of a Markdown line. Each
 * list level costs markdown-it two nesting levels and a blockquote one, so 32 markers stay within
 * MARKDOWN_MAX_NESTING with room for the paragraph and its inline marks.
 */
export const MAX_MARKDOWN_LINE_MARKERS = 32;

/** markdown-it's own nesting limit; content nested deeper is silently dropped by markdown-it. */
export const MARKDOWN_MAX_NESTING = 100;

/**
 * Removes the container markers beyond the first MAX_MARKDOWN_LINE_MARKERS from each line, so that
 * `>` × 100,000 reads as 32 nested quotes holding the line's text instead of losing the text at
 * markdown-it's nesting limit (or recursing once per marker). One pass over each line's prefix.
 */
export function flattenMarkdownNesting(source: string, maxMarkers = MAX_MARKDOWN_LINE_MARKERS): string {
  return source
    .split("\n")
    .map((line) => flattenLine(line, maxMarkers))
    .join("\n");
}

function flattenLine(line: string, maxMarkers: number): string {
  let markers = 0;
  let keptEnd = -1;
  let at = 0;
  for (;;) {
    while (line[at] === " " || line[at] === "\t") at++;
    const end = markerEnd(line, at);
    if (end < 0) break;
    markers += 1;
    if (markers === maxMarkers) keptEnd = end;
    at = end;
  }
  if (markers <= maxMarkers) return line;
  return `${line.slice(0, keptEnd)} ${line.slice(at)}`;
}

/** Where the container marker at `at` ends, or -1 when none starts there. */
function markerEnd(line: string, at: number): number {
  const char = line[at];
  if (char === ">") return at + 1;
  const spaced = (end: number) => (line[end] === " " || line[end] === "\t" ? end : -1);
  if (char === "-" || char === "*" || char === "+") return spaced(at + 1);
  let digits = at;
  while (digits - at < 9 && line[digits] !== undefined && line[digits]! >= "0" && line[digits]! <= "9") digits++;
  if (digits > at && (line[digits] === "." || line[digits] === ")")) return spaced(digits + 1);
  return -1;
}
