// Reads HTML back for export tests with parse5, a WHATWG-spec parser independent of the app's own
// htmlparser2, and checks what must never be in an export: scripts, handlers, fetched resources.
import { parse, parseFragment, type DefaultTreeAdapterTypes as T, type ParserError } from "parse5";

export type Element = T.Element;
export type ParentNode = T.ParentNode;

/** The parsed document and every parse error the spec defines (control characters included). */
export function parseHtml(html: string, { fragment = false } = {}): { root: T.ParentNode; errors: ParserError[] } {
  const errors: ParserError[] = [];
  const options = { onParseError: (e: ParserError) => errors.push(e) };
  return { root: fragment ? parseFragment(html, options) : parse(html, options), errors };
}

/** Every element below `root` in document order. */
export function elements(root: T.ParentNode, tag?: string): Element[] {
  const found: Element[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      if (!tag || child.tagName === tag) found.push(child);
      walk(child.tagName === "template" ? (child as T.Template).content : child);
    }
  };
  walk(root);
  return found;
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** textContent, with <br> read as `br` (a line break unless the markup already has one after it). */
export function text(node: T.ParentNode, br = "\n"): string {
  return node.childNodes
    .map((child) => {
      if (child.nodeName === "#text") return (child as T.TextNode).value;
      if (!("tagName" in child)) return "";
      return child.tagName === "br" ? br : text(child, br);
    })
    .join("");
}

/** Text inside elements matching `inside`, walked in document order (nested matches count once). */
export function textWithin(
  root: T.ParentNode,
  inside: (el: Element) => boolean,
  skip: (el: Element) => boolean = () => false,
): string {
  let out = "";
  const walk = (node: T.ParentNode, within: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text") out += within ? (child as T.TextNode).value : "";
      else if ("tagName" in child && !skip(child)) {
        if (child.tagName === "br" && within) out += "\n";
        walk(child, within || inside(child));
      }
    }
  };
  walk(root, false);
  return out;
}

const RESOURCE_TAGS = [
  "script",
  "link",
  "img",
  "iframe",
  "frame",
  "object",
  "embed",
  "audio",
  "video",
  "source",
  "base",
  "form",
  "svg",
  "math",
];

/** Everything executable or fetching in a tree, described; an empty list means inert and offline. */
export function activeContent(root: T.ParentNode): string[] {
  const problems: string[] = [];
  for (const el of elements(root)) {
    if (RESOURCE_TAGS.includes(el.tagName)) problems.push(`<${el.tagName}>`);
    if (el.tagName === "meta" && attr(el, "http-equiv")?.toLowerCase() === "refresh") problems.push("<meta refresh>");
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) problems.push(`${el.tagName}[${a.name}]`);
      if (["src", "srcset", "action", "formaction", "background", "poster", "data"].includes(a.name))
        problems.push(`${el.tagName}[${a.name}]`);
      if (a.name === "href" && !/^(?:https?:\/\/|#)/i.test(a.value)) problems.push(`${el.tagName}[href=${a.value}]`);
      if (a.name === "style" && /url\(|@import|expression\(/i.test(a.value)) problems.push(`${el.tagName}[style]`);
    }
    if (el.tagName === "style" && /url\(|@import|expression\(/i.test(text(el))) problems.push("<style> fetches");
  }
  return problems;
}
