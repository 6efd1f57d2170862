import type { FormattingMark } from "@/lib/article/doc";

// Elements whose content is never article text: code, styles, embedded documents, form controls,
// foreign markup. Both the sanitizer and the parser drop them together with everything inside.
export const ELEMENTS_DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "form",
  "textarea",
  "select",
  "option",
  "button",
  "canvas",
  "video",
  "audio",
  "head",
  "title",
  "xmp",
] as const;

// Containers with no counterpart in the article schema. They are unwrapped, but each one still
// ends the paragraph before it, as a browser would start a new line, so that
// `<div>one</div><div>two</div>` stays two paragraphs instead of becoming "onetwo".
export const BLOCK_CONTAINERS = [
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "address",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "center",
  "hgroup",
  "fieldset",
  "legend",
] as const;

export const FORMATTING_MARK_BY_TAG: Readonly<Record<string, FormattingMark["type"]>> = {
  strong: "bold",
  b: "bold",
  em: "italic",
  i: "italic",
  s: "strike",
  strike: "strike",
  del: "strike",
  u: "underline",
  code: "code",
};

export const HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;
