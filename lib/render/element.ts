// A tiny element tree: what the annotated article, its claim notes and the public page's summary
// are built as, once, in lib/render. The HTML export serializes it with toHtml(); pages render the
// same tree as React (components/ui/element-tree.tsx). Only a fixed vocabulary of inert tags and
// attributes exists, hrefs go through the link policy, and every text and attribute value is
// escaped on the way out, so no builder can emit markup that executes or fetches anything.
import { articleHref } from "@/lib/links/link-policy";
import { plainText } from "@/lib/export/plain-text";

const GLOBAL_ATTRS = ["id", "class", "dir", "role", "aria-label", "aria-labelledby", "aria-hidden", "data-claim"];

const TAG_ATTRS = {
  header: [],
  footer: [],
  section: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: [],
  div: [],
  span: [],
  pre: [],
  code: [],
  blockquote: [],
  ul: [],
  ol: ["start"],
  li: [],
  strong: [],
  em: [],
  s: [],
  u: [],
  mark: [],
  sup: [],
  cite: [],
  bdi: [],
  time: ["datetime"],
  a: ["href", "rel"],
  br: [],
  hr: [],
} as const satisfies Record<string, readonly string[]>;

export type Tag = keyof typeof TAG_ATTRS;
type AttrName = (typeof GLOBAL_ATTRS)[number] | (typeof TAG_ATTRS)[Tag][number];
export type Attrs = Partial<Record<AttrName, string | number>>;

export interface Element {
  tag: Tag;
  attrs: Attrs;
  children: Node[];
}
export type Node = Element | string;
type Child = Node | Node[] | null | undefined | false;

const VOID_TAGS = new Set<string>(["br", "hr"]);
// In-page links: `#claim-3`, `#claim-3-text`.
const FRAGMENT = /^#[A-Za-z][\w-]*$/;

/** An element; falsy children are dropped, arrays are flattened, so builders can say `cond && h(…)`. */
export function h(tag: Tag, attrs: Attrs = {}, ...children: Child[]): Element {
  const flat = children.flat().filter((c): c is Node => c !== null && c !== undefined && c !== false && c !== "");
  return { tag, attrs, children: flat };
}

/**
 * Throws unless `el` is in the vocabulary: a known tag, its own or global attributes only, a void
 * tag without children, an href that is an in-page fragment or that the link policy keeps as is.
 */
export function assertAllowed(el: Element): void {
  const allowed: readonly string[] | undefined = Object.hasOwn(TAG_ATTRS, el.tag) ? TAG_ATTRS[el.tag] : undefined;
  if (!allowed) throw new Error(`element tree: tag <${el.tag}> is not allowed`);
  for (const [name, value] of Object.entries(el.attrs)) {
    if (value === undefined) continue;
    if (!GLOBAL_ATTRS.includes(name) && !allowed.includes(name))
      throw new Error(`element tree: attribute ${name} is not allowed on <${el.tag}>`);
    if (typeof value === "number" && !Number.isSafeInteger(value))
      throw new Error(`element tree: ${name}=${value} is not an integer`);
    if (name === "href" && !(FRAGMENT.test(String(value)) || articleHref(String(value)) === value))
      throw new Error(`element tree: href ${JSON.stringify(value)} is not a link the policy keeps`);
  }
  if (VOID_TAGS.has(el.tag) && el.children.length > 0) throw new Error(`element tree: <${el.tag}> has children`);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or a double-quoted attribute value as HTML; control characters made visible first. */
export function escapeHtml(s: string): string {
  return plainText(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The tree as HTML: the only way the HTML export turns a tree into markup. */
export function toHtml(nodes: Node | Node[]): string {
  if (Array.isArray(nodes)) return nodes.map(toHtml).join("");
  if (typeof nodes === "string") return escapeHtml(nodes);
  assertAllowed(nodes);
  const attrs = Object.entries(nodes.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join("");
  if (VOID_TAGS.has(nodes.tag)) return `<${nodes.tag}${attrs}>`;
  return `<${nodes.tag}${attrs}>${toHtml(nodes.children)}</${nodes.tag}>`;
}

/** Plain text as paragraphs: a blank line starts a paragraph, a single newline is a line break. */
export function paragraphs(s: string): Element[] {
  return plainText(s)
    .split(/\n[^\S\n]*\n\s*/)
    .map((p) => p.trimEnd())
    .filter((p) => p.trim() !== "")
    .map((p) => h("p", {}, ...p.split("\n").flatMap((line, i) => (i === 0 ? [line] : [h("br"), line]))));
}
