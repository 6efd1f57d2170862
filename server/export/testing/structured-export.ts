// An article imported from HTML with every block type (headings, marks, links, lists with a start,
// nested lists, quotes, code, rules) and claims inside them, for the binary formats' tests.
import type { ExportDocument } from "@/lib/export/model";
import { buildExportDocument } from "@/lib/export/testing/fixtures";

export const STRUCTURED_LINK = "https://example.org/x";
// Article links may also be mailto (lib/links/link-policy.ts), in every format.
export const STRUCTURED_MAILTO = "mailto:desk@example.org";

export function structuredExport(): ExportDocument {
  return buildExportDocument({
    title: "Structured",
    format: "html",
    body: [
      `<h2>A heading with a claim</h2>`,
      `<p>Intro with <strong>bold</strong>, <em>italic</em>, <a href="${STRUCTURED_LINK}">a link</a> and <a href="javascript:alert(1)">bad</a>.<br>Second line.</p>`,
      `<ul><li><p>First bullet</p></li><li><p>Second bullet</p><ul><li><p>Nested bullet</p></li></ul></li></ul>`,
      `<ol start="3"><li><p>Third item</p></li><li><p>Fourth item</p></li></ol>`,
      `<blockquote><p>A quoted passage</p></blockquote><pre><code>code line 1\ncode\tline 2</code></pre><hr><p>After rule.</p>`,
      `<p>Write to <a href="${STRUCTURED_MAILTO}">the desk</a>.</p>`,
    ].join(""),
    claims: [
      { quote: "heading with", verdict: "true" },
      { quote: "Second bullet", verdict: "false" },
      { quote: "Fourth item", verdict: "mixed" },
      { quote: "quoted passage", verdict: "misleading" },
      { quote: "bold, italic, a link", verdict: "unsupported" },
    ],
  });
}
