import sanitizeHtml from "sanitize-html";

import { articleHref, LINK_SCHEMES } from "@/lib/links/link-policy";
import { BLOCK_CONTAINERS, ELEMENTS_DROPPED_WITH_CONTENT, HEADING_TAGS } from "@/lib/article/html-vocabulary";

const ALLOWED_TAGS = [
  ...HEADING_TAGS,
  "p",
  "br",
  "hr",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "code",
  "strong",
  "b",
  "em",
  "i",
  "s",
  "strike",
  "del",
  "u",
  "a",
  // Attribute-less stand-in for every block container (see BLOCK_CONTAINERS), so the parser can
  // still end a paragraph where the source started a new block.
  "div",
];

const blockContainerToDiv = Object.fromEntries(
  BLOCK_CONTAINERS.map((tag) => [tag, sanitizeHtml.simpleTransform("div", {}, false)]),
);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ["href"], ol: ["start"] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: [...LINK_SCHEMES.article],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Discarded tags keep their text by default; for these the text is code or foreign markup.
  nonTextTags: [...ELEMENTS_DROPPED_WITH_CONTENT],
  transformTags: {
    ...blockContainerToDiv,
    // sanitize-html lets relative URLs through; the link policy (lib/links/link-policy.ts) drops
    // those too. The link text stays, an <a> without href simply carries no link.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href;
      return {
        tagName,
        attribs: href !== undefined && articleHref(href) ? { href: href.trim() } : {},
      };
    },
  },
};

/** Reduces pasted or fetched article HTML to the tags the article schema can represent. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
