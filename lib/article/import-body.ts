import { boundNesting } from "@/lib/article/bound-nesting";
import { cleanArticleInput } from "@/lib/article/clean-input";
import type { ArticleDoc } from "@/lib/article/doc";
import { parseArticleHtml } from "@/lib/article/parse-html";
import { docFromPlainText } from "@/lib/article/plain-text";
import { sanitizeArticleHtml } from "@/lib/article/sanitize";
import { serializeArticleHtml } from "@/lib/article/serialize-html";
import { buildTextIndex } from "@/lib/article/text-index";

export type ArticleBodyInput = { format: "text" | "html"; body: string };

export type ImportedArticleBody = {
  contentHtml: string;
  contentText: string;
  doc: ArticleDoc;
};

/**
 * Turns a submitted body into what is stored: canonical HTML for display and the plain text that
 * claims are anchored in. Both come from the same doc, so that
 * `buildTextIndex(docFromStoredHtml(contentHtml)).text === contentText` always holds.
 */
export function importArticleBody(input: ArticleBodyInput): ImportedArticleBody {
  // HTML is cleaned after sanitizing: only then are entities such as &#1; decoded into the
  // characters that cleaning removes (the sanitizer re-encodes nothing but & < > "). Nesting is
  // bounded before anything else parses it: the parsers after it are quadratic in the depth.
  const doc =
    input.format === "text"
      ? docFromPlainText(cleanArticleInput(input.body))
      : parseArticleHtml(cleanArticleInput(sanitizeArticleHtml(boundNesting(input.body))), {
          whitespace: "collapse",
        });
  return {
    contentHtml: serializeArticleHtml(doc),
    contentText: buildTextIndex(doc).text,
    doc,
  };
}

/**
 * The doc to hand to the editor as JSON (`content: doc`). Do not give Tiptap the HTML string
 * itself: its HTML parser collapses whitespace, and the text would no longer match contentText.
 */
export function docFromStoredHtml(contentHtml: string): ArticleDoc {
  return parseArticleHtml(contentHtml, { whitespace: "preserve" });
}
