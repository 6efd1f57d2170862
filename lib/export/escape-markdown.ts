// Escaping for the Markdown export, so stored text reads literally in any CommonMark renderer, with
// or without footnotes, GFM tables or raw HTML enabled. Backslash-escaping ASCII punctuation is
// always allowed in CommonMark, so over-escaping is harmless; under-escaping is not.
import { plainLine, plainText } from "@/lib/export/plain-text";

// Anywhere in a line: emphasis, code, links, footnotes, raw HTML, entities, tables, strike, headings.
const INLINE_SPECIALS = /[\\`*_[\]<>&|~#]/g;
// At the start of a line only: list items, setext underlines, ordered lists ("1." "1)").
const LINE_START = /(^|\n)([ \t]*)(\d*)([-+=.)])/g;

/** One piece of inline text; each of its lines is treated as if it started a line. */
export function escapeMarkdown(s: string): string {
  return plainText(s).replace(INLINE_SPECIALS, "\\$&").replace(LINE_START, "$1$2$3\\$4");
}

/** Text for a one-line place: a heading, a list item's label. */
export function escapeMarkdownLine(s: string): string {
  return escapeMarkdown(plainLine(s));
}

/** Plain text as Markdown paragraphs: blank lines separate them, single newlines are hard breaks. */
export function markdownParagraphs(s: string): string {
  return plainText(s)
    .split(/\n[^\S\n]*\n\s*/)
    .filter((p) => p.trim() !== "")
    .map((p) => p.split("\n").map(escapeMarkdown).join("\\\n"))
    .join("\n\n");
}

/** A link destination in angle brackets, which allow spaces and parentheses but not <, > or breaks. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[\\<>]/g, "\\$&").replace(/[\r\n]/g, encodeURIComponent)}>`;
}

/** An inline code span whose fence is longer than any run of backticks inside it. */
export function markdownCode(s: string): string {
  const text = plainLine(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space from each side of a span that has both (unless it is all spaces).
  const pad = /^`|`$/.test(text) || (/^ .* $/.test(text) && text.trim() !== "") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Prefixes every non-empty line after the first (footnote bodies, list items). */
export function indentContinuation(s: string, indent: string): string {
  return s.replace(/\n(?=[^\n])/g, `\n${indent}`);
}
