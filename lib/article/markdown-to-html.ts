import MarkdownIt from "markdown-it";

import { flattenMarkdownNesting, MARKDOWN_MAX_NESTING } from "@/lib/article/flatten-markdown-nesting";

// Raw HTML inside Markdown is let through to the output on purpose: the result always goes through
// sanitizeArticleHtml (lib/article/sanitize.ts), the same trust boundary as pasted HTML, so an
// inline <em> or <sup> keeps working while <script>, event handlers and javascript: links are
// removed there. Escaping it instead (html: false) would put literal tags into the article's
// text, where claims are anchored.
const markdown = new MarkdownIt("default", {
  html: true,
  // A bare address in the text stays text, exactly as written: claims quote the article's words.
  linkify: false,
  // Curly quotes and dashes would change the words the author wrote.
  typographer: false,
  // Untrusted input must not nest without bound; flattenMarkdownNesting keeps lines within it.
  maxNesting: MARKDOWN_MAX_NESTING,
});

/** Renders an article written in Markdown (CommonMark plus tables and strikethrough) to HTML. */
export function markdownToHtml(source: string): string {
  return markdown.render(flattenMarkdownNesting(source));
}
