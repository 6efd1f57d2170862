// The article body as ProseMirror JSON. Only node and mark names that Tiptap 3's StarterKit schema
// accepts appear here, so the same value can be handed to the editor (`content: doc`) and checked
// with `schema.nodeFromJSON(doc).check()`. Shapes follow ProseMirror's own `toJSON()` output:
// `content` and `marks` are omitted when empty, and text nodes are never empty.

export type LinkMark = {
  type: "link";
  // Only href is emitted; Tiptap's Link fills target/rel/class/title with its configured defaults.
  attrs: { href: string };
};
export type FormattingMark = {
  type: "bold" | "italic" | "strike" | "code" | "underline";
};
export type ArticleMark = LinkMark | FormattingMark;
export type ArticleMarkName = ArticleMark["type"];

export type TextNode = { type: "text"; text: string; marks?: ArticleMark[] };
export type HardBreakNode = { type: "hardBreak" };
export type InlineNode = TextNode | HardBreakNode;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type ParagraphNode = { type: "paragraph"; content?: InlineNode[] };
export type HeadingNode = {
  type: "heading";
  attrs: { level: HeadingLevel };
  content?: InlineNode[];
};
// The schema's codeBlock allows no marks and no hard breaks: newlines stay inside the text.
export type CodeBlockNode = {
  type: "codeBlock";
  content?: [{ type: "text"; text: string }];
};
export type TextblockNode = ParagraphNode | HeadingNode | CodeBlockNode;

export type HorizontalRuleNode = { type: "horizontalRule" };
export type BlockquoteNode = { type: "blockquote"; content: BlockNode[] };
// The schema requires a list item to open with a paragraph (`paragraph block*`).
export type ListItemNode = {
  type: "listItem";
  content: [ParagraphNode, ...BlockNode[]];
};
export type BulletListNode = { type: "bulletList"; content: ListItemNode[] };
export type OrderedListNode = {
  type: "orderedList";
  attrs: { start: number };
  content: ListItemNode[];
};

export type BlockNode = TextblockNode | HorizontalRuleNode | BlockquoteNode | BulletListNode | OrderedListNode;

// The schema's doc is `block+`: an empty article is a single empty paragraph.
export type ArticleDoc = { type: "doc"; content: [BlockNode, ...BlockNode[]] };

export function emptyArticleDoc(): ArticleDoc {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

export function articleDocFromBlocks(blocks: readonly BlockNode[]): ArticleDoc {
  const [first, ...rest] = blocks;
  return first ? { type: "doc", content: [first, ...rest] } : emptyArticleDoc();
}
