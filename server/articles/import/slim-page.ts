import { Parser } from "htmlparser2";

/** Deeper than any real article page (they stay under ~60); deeper nesting overflows the stack of recursive DOM code. */
export const MAX_HTML_DEPTH = 400;

// Elements that never carry article text. Dropping them before jsdom parses the page keeps the
// DOM small: jsdom's collections and selectors grow slower than linearly with it, and a news
// page is mostly scripts, styles, SVG icons, image markup, navigation and asides (related
// stories, newsletters), which by HTML's own definition are not the article's content.
const DROPPED = new Set([
  "script",
  "nav",
  "aside",
  "style",
  "svg",
  "math",
  "img",
  "picture",
  "source",
  "video",
  "audio",
  "iframe",
  "object",
  "embed",
  "canvas",
  "noscript",
  "template",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "link",
]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

export type SlimmedPage = { html: string } | { tooDeep: true };

/**
 * The page without the elements above (JSON-LD scripts stay: Readability reads them), in one
 * linear pass of htmlparser2's tokenizer, which builds no tree. Tags are written again as they
 * came, implied ones left to jsdom's parser, so jsdom still parses by the HTML standard. Stops at
 * the first element nested deeper than `maxDepth`.
 */
export function slimPage(source: string, maxDepth = MAX_HTML_DEPTH): SlimmedPage {
  const out: string[] = [];
  let depth = 0;
  let dropping = 0;
  let tooDeep = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth += 1;
        if (depth > maxDepth) {
          tooDeep = true;
          return parser.pause();
        }
        if (dropping > 0 || (DROPPED.has(name) && !isJsonLd(name, attribs))) {
          dropping += VOID.has(name) ? 0 : 1;
          return;
        }
        out.push(`<${name}${attributes(attribs)}>`);
      },
      onclosetag(name, isImplied) {
        depth -= 1;
        if (dropping > 0) {
          if (!VOID.has(name)) dropping -= 1;
          return;
        }
        if (!isImplied && !VOID.has(name)) out.push(`</${name}>`);
      },
      ontext(text) {
        if (dropping === 0) out.push(text);
      },
    },
    // Text and attribute values stay as written (entities and all); jsdom decodes them.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  return tooDeep ? { tooDeep } : { html: out.join("") };
}

function isJsonLd(name: string, attribs: Record<string, string>): boolean {
  return name === "script" && attribs.type?.trim().toLowerCase() === "application/ld+json";
}

function attributes(attribs: Record<string, string>): string {
  let written = "";
  for (const [name, value] of Object.entries(attribs)) {
    // Event handlers never matter to Readability, and nothing here may run anyway.
    if (name.startsWith("on") || !/^[^\s"'>/=]+$/.test(name)) continue;
    written += ` ${name}="${value.replace(/"/g, "&quot;")}"`;
  }
  return written;
}
