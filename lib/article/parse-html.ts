import { parseDocument } from "htmlparser2";

import {
  articleDocFromBlocks,
  type ArticleDoc,
  type ArticleMark,
  type BlockNode,
  type HeadingLevel,
} from "@/lib/article/doc";
import { articleHref } from "@/lib/links/link-policy";
import { BlockSink } from "@/lib/article/block-sink";
import { codeBlockFromPre, listFromElement } from "@/lib/article/parse-html-blocks";
import { isDomElement, isDomText, type DomElement, type DomNode } from "@/lib/article/dom-nodes";
import { BLOCK_CONTAINERS, ELEMENTS_DROPPED_WITH_CONTENT, FORMATTING_MARK_BY_TAG } from "@/lib/article/html-vocabulary";
import { addMark } from "@/lib/article/marks";
import type { WhitespaceMode } from "@/lib/article/whitespace-mode";

const DROPPED: ReadonlySet<string> = new Set(ELEMENTS_DROPPED_WITH_CONTENT);
// A stray <li> outside a list is shown on a line of its own, like a container.
const BOUNDARIES: ReadonlySet<string> = new Set([...BLOCK_CONTAINERS, "li"]);
const HEADING_LEVEL: Readonly<Record<string, HeadingLevel>> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

/**
 * Reads HTML into an ArticleDoc. Tags the schema cannot represent are unwrapped and their text
 * kept, except ELEMENTS_DROPPED_WITH_CONTENT. Untrusted HTML must go through sanitizeArticleHtml
 * first; this parser only guarantees a schema-valid document.
 */
export function parseArticleHtml(html: string, options: { whitespace: WhitespaceMode }): ArticleDoc {
  return articleDocFromBlocks(parseFlow(parseDocument(html).children, options.whitespace));
}

/** The blocks of one container: the document body, a blockquote, a list item. */
function parseFlow(nodes: readonly DomNode[], whitespace: WhitespaceMode): BlockNode[] {
  const sink = new BlockSink(whitespace);
  for (const node of nodes) visit(node, sink, [], whitespace);
  sink.flush();
  return sink.blocks;
}

function visit(node: DomNode, sink: BlockSink, marks: ArticleMark[], whitespace: WhitespaceMode): void {
  if (isDomText(node)) return sink.addText(node.data, marks);
  if (!isDomElement(node) || DROPPED.has(node.name)) return;
  const visitChildren = (childMarks: ArticleMark[]) => {
    for (const child of node.children) visit(child, sink, childMarks, whitespace);
  };

  const heading = HEADING_LEVEL[node.name];
  if (heading !== undefined || node.name === "p") {
    sink.openTextblock(
      heading === undefined
        ? { type: "paragraph", explicit: true }
        : { type: "heading", level: heading, explicit: true },
    );
    visitChildren(marks);
    return sink.flush();
  }

  const block = blockFromElement(node, whitespace);
  if (block !== undefined) {
    sink.flush();
    if (block !== null) sink.addBlock(block);
  } else if (node.name === "br") {
    sink.addHardBreak();
  } else if (BOUNDARIES.has(node.name)) {
    sink.flush();
    visitChildren(marks);
    sink.flush();
  } else {
    const mark = markFromElement(node);
    visitChildren(mark ? addMark(marks, mark) : marks);
  }
}

/** undefined: not a block element; null: a block element with nothing worth keeping. */
function blockFromElement(element: DomElement, whitespace: WhitespaceMode): BlockNode | null | undefined {
  switch (element.name) {
    case "hr":
      return { type: "horizontalRule" };
    case "pre":
      return codeBlockFromPre(element, whitespace);
    case "ul":
    case "ol":
      return listFromElement(element, whitespace, parseFlow);
    case "blockquote": {
      const [first, ...rest] = parseFlow(element.children, whitespace);
      return first ? { type: "blockquote", content: [first, ...rest] } : null;
    }
    default:
      return undefined;
  }
}

function markFromElement(element: DomElement): ArticleMark | undefined {
  if (element.name === "a") {
    const href = element.attribs.href;
    // The href is kept as written (trimmed); every output writes the link policy's normalized form.
    return href !== undefined && articleHref(href) ? { type: "link", attrs: { href: href.trim() } } : undefined;
  }
  const formatting = FORMATTING_MARK_BY_TAG[element.name];
  return formatting ? { type: formatting } : undefined;
}
