import { QuoteType, Tokenizer } from "htmlparser2";

import { BLOCK_CONTAINERS, ELEMENTS_DROPPED_WITH_CONTENT, HEADING_TAGS } from "@/lib/article/html-vocabulary";
import { OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from "@/lib/article/html-tree-rules";

/**
 * The deepest element nesting kept from submitted HTML (an article's own structure stays under
 * ~30; a whole web page under ~60). Elements nested deeper are unwrapped: their text is kept, and
 * a block that starts or ends there becomes a line break. See README, "Article input".
 */
export const MAX_ARTICLE_NESTING_DEPTH = 100;

const DROPPED: ReadonlySet<string> = new Set(ELEMENTS_DROPPED_WITH_CONTENT);
const BLOCKS: ReadonlySet<string> = new Set([
  ...BLOCK_CONTAINERS,
  ...HEADING_TAGS,
  "p",
  "li",
  "blockquote",
  "ul",
  "ol",
  "pre",
]);
const FOREIGN: ReadonlySet<string> = new Set(["svg", "math"]);

type Open = { name: string; written: boolean };

/**
 * Rewrites HTML so that no element is nested more than `maxDepth` deep, in one linear pass over
 * htmlparser2's tokenizer. htmlparser2's own Parser (under sanitize-html and parseDocument) keeps
 * its open elements with Array#unshift and searches them on every tag, which is quadratic in the
 * depth (300,000 unclosed <div>s took minutes), and the tree walkers after it recurse per level.
 * So this runs first, on untrusted input: it nests elements as that Parser does (same implied
 * closes, void elements and end-tag matching) but on a stack it only pushes and pops, and writes
 * every element it keeps with an explicit end tag. Comments and ELEMENTS_DROPPED_WITH_CONTENT go
 * with everything inside them; text is re-escaped, attributes re-quoted.
 */
export function boundNesting(html: string, maxDepth = MAX_ARTICLE_NESTING_DEPTH): string {
  const out: string[] = [];
  const stack: Open[] = [];
  // How many of each name are open: end tags without an open element cost nothing to ignore, and
  // a matching one is found by popping, so the search is paid for by the pushes.
  const openCount = new Map<string, number>();
  let written = 0;
  let droppedFrom = -1;
  let foreign = 0;
  // A block below the limit becomes a line break, written only between two pieces of text.
  let textSinceBoundary = false;
  let breakPending = false;

  let tagName = "";
  let attribs: [string, string][] = [];
  let seenAttribs = new Set<string>();
  let attribName = "";
  let attribValue = "";

  const boundary = (written: boolean) => {
    if (droppedFrom >= 0) return;
    breakPending = !written && textSinceBoundary;
    if (written) textSinceBoundary = false;
  };
  const text = (value: string) => {
    if (droppedFrom >= 0 || value === "") return;
    if (/[^ \t\n\r\f]/.test(value)) {
      if (breakPending) out.push("<br>");
      breakPending = false;
      textSinceBoundary = true;
    }
    out.push(escapeText(value));
  };
  const pop = () => {
    const element = stack.pop()!;
    openCount.set(element.name, openCount.get(element.name)! - 1);
    if (FOREIGN.has(element.name)) foreign -= 1;
    if (stack.length === droppedFrom) droppedFrom = -1;
    if (element.written) {
      written -= 1;
      out.push(`</${element.name}>`);
    }
    if (BLOCKS.has(element.name)) boundary(element.written);
  };
  const openTag = (name: string) =>
    `<${name}${attribs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("")}>`;
  const endOpenTag = (selfClosing: boolean) => {
    const name = tagName;
    tagName = "";
    if (name === "") return;
    if (VOID_ELEMENTS.has(name)) {
      if (droppedFrom < 0 && !DROPPED.has(name)) out.push(openTag(name));
      return;
    }
    // Only in SVG and MathML does "/>" close an element; both are dropped, but their end is needed.
    if (selfClosing && foreign > 0) return;
    if (droppedFrom < 0 && DROPPED.has(name)) droppedFrom = stack.length;
    const write = droppedFrom < 0 && written < maxDepth;
    stack.push({ name, written: write });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign += 1;
    if (write) {
      written += 1;
      out.push(openTag(name));
    }
    if (BLOCKS.has(name)) boundary(write);
  };
  const startTag = (name: string) => {
    // htmlparser2 ignores a <form> inside a form; the outer one is dropped with its content anyway.
    if (name === "form" && (openCount.get("form") ?? 0) > 0) return;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    while (closes && stack.length > 0 && closes.has(stack.at(-1)!.name)) pop();
    tagName = name;
    attribs = [];
    seenAttribs = new Set();
  };
  const endTag = (name: string) => {
    if (name === "br") {
      if (droppedFrom < 0) out.push("<br>");
    } else if (VOID_ELEMENTS.has(name)) {
      return;
    } else if ((openCount.get(name) ?? 0) > 0) {
      while (stack.at(-1)!.name !== name) pop();
      pop();
    } else if (name === "p" && droppedFrom < 0) {
      out.push("<p></p>");
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => startTag(tagNameOf(html.slice(start, end), foreign > 0)),
      onattribname: (start, end) => {
        attribName = html.slice(start, end).toLowerCase();
        attribValue = "";
      },
      onattribdata: (start, end) => {
        attribValue += html.slice(start, end);
      },
      onattribentity: (codePoint) => {
        attribValue += String.fromCodePoint(codePoint);
      },
      onattribend: (_quote: QuoteType) => {
        if (tagName !== "" && VALID_ATTRIBUTE.test(attribName) && !seenAttribs.has(attribName)) {
          seenAttribs.add(attribName);
          attribs.push([attribName, attribValue]);
        }
      },
      onopentagend: () => endOpenTag(false),
      onselfclosingtag: () => endOpenTag(true),
      onclosetag: (start, end) => endTag(tagNameOf(html.slice(start, end), foreign > 0)),
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codePoint) => text(String.fromCodePoint(codePoint)),
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
      isInForeignContext: () => foreign > 0,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  return out.join("");
}

const VALID_ATTRIBUTE = /^[^\s"'>/=]+$/;

function tagNameOf(raw: string, inForeign: boolean): string {
  const name = raw.toLowerCase();
  return name === "image" && !inForeign ? "img" : name;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}
