import type { BlockNode, BulletListNode, CodeBlockNode, ListItemNode, OrderedListNode } from "@/lib/article/doc";
import { isDomElement, isDomText, type DomElement, type DomNode } from "@/lib/article/dom-nodes";
import { ELEMENTS_DROPPED_WITH_CONTENT } from "@/lib/article/html-vocabulary";
import { HAS_NON_HTML_WHITESPACE, type WhitespaceMode } from "@/lib/article/whitespace-mode";

type ParseFlow = (nodes: readonly DomNode[], whitespace: WhitespaceMode) => BlockNode[];

const DROPPED: ReadonlySet<string> = new Set(ELEMENTS_DROPPED_WITH_CONTENT);

export function listFromElement(
  list: DomElement,
  whitespace: WhitespaceMode,
  parseFlow: ParseFlow,
): BulletListNode | OrderedListNode | null {
  const items: ListItemNode[] = [];
  // Content directly inside <ul>/<ol> is invalid HTML; like ProseMirror, give it an item of its own.
  let stray: DomNode[] = [];
  const addItem = (nodes: readonly DomNode[]) => {
    const item = listItem(parseFlow(nodes, whitespace));
    if (item) items.push(item);
  };
  for (const child of list.children) {
    if (isDomElement(child) && child.name === "li") {
      addItem(stray);
      stray = [];
      addItem(child.children);
    } else {
      stray.push(child);
    }
  }
  addItem(stray);

  if (items.length === 0) return null;
  if (list.name === "ul") return { type: "bulletList", content: items };
  return {
    type: "orderedList",
    attrs: { start: listStart(list.attribs.start) },
    content: items,
  };
}

// The schema wants a paragraph first (`paragraph block*`); ProseMirror would insert an empty one.
function listItem(blocks: BlockNode[]): ListItemNode | null {
  const [first, ...rest] = blocks;
  if (first === undefined) return null;
  if (first.type === "paragraph") return { type: "listItem", content: [first, ...rest] };
  return { type: "listItem", content: [{ type: "paragraph" }, first, ...rest] };
}

// Like a browser, only a plain integer counts; anything else numbers from 1.
function listStart(start: string | undefined): number {
  const trimmed = start?.trim() ?? "";
  const parsed = Number(trimmed);
  return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(parsed) ? parsed : 1;
}

/** A <pre> keeps its whitespace in both modes; marks are dropped because codeBlock allows none. */
export function codeBlockFromPre(pre: DomElement, whitespace: WhitespaceMode): CodeBlockNode | null {
  let text = preformattedText(pre.children).replace(/\r\n?/g, "\n");
  if (whitespace === "collapse") {
    // HTML ignores a newline right after <pre>, and trailing newlines draw no visible line.
    text = text.replace(/^\n/, "").replace(/\n+$/, "");
    if (!HAS_NON_HTML_WHITESPACE.test(text)) return null;
  }
  return text === "" ? { type: "codeBlock" } : { type: "codeBlock", content: [{ type: "text", text }] };
}

function preformattedText(nodes: readonly DomNode[]): string {
  return nodes
    .map((node) => {
      if (isDomText(node)) return node.data;
      if (!isDomElement(node) || DROPPED.has(node.name)) return "";
      return node.name === "br" ? "\n" : preformattedText(node.children);
    })
    .join("");
}
