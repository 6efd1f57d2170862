import type { ArticleDoc, ArticleMark, BlockNode, InlineNode, ListItemNode } from "@/lib/article/doc";

const TAG_BY_MARK: Record<Exclude<ArticleMark["type"], "link">, string> = {
  bold: "strong",
  italic: "em",
  strike: "s",
  underline: "u",
  code: "code",
};

/**
 * Canonical HTML for storage. No whitespace is added between tags, so that
 * `parseArticleHtml(html, { whitespace: "preserve" })` reads back exactly the same document.
 */
export function serializeArticleHtml(doc: ArticleDoc): string {
  return doc.content.map(serializeBlock).join("");
}

function serializeBlock(block: BlockNode): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${serializeInline(block.content)}</p>`;
    case "heading":
      return `<h${block.attrs.level}>${serializeInline(block.content)}</h${block.attrs.level}>`;
    case "codeBlock":
      // The text goes inside <code>, not straight after <pre>, where HTML would drop a leading newline.
      return `<pre><code>${escapeText(block.content?.[0].text ?? "")}</code></pre>`;
    case "horizontalRule":
      return "<hr>";
    case "blockquote":
      return `<blockquote>${block.content.map(serializeBlock).join("")}</blockquote>`;
    case "bulletList":
      return `<ul>${block.content.map(serializeListItem).join("")}</ul>`;
    case "orderedList": {
      const start = block.attrs.start === 1 ? "" : ` start="${block.attrs.start}"`;
      return `<ol${start}>${block.content.map(serializeListItem).join("")}</ol>`;
    }
  }
}

function serializeListItem(item: ListItemNode): string {
  return `<li>${item.content.map(serializeBlock).join("")}</li>`;
}

function serializeInline(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map(serializeInlineNode).join("");
}

function serializeInlineNode(node: InlineNode): string {
  if (node.type === "hardBreak") return "<br>";
  // Marks are already in schema order; the first one is the outermost element.
  return (node.marks ?? []).reduceRight(
    (inner, mark) => `${openTag(mark)}${inner}${closeTag(mark)}`,
    escapeText(node.text),
  );
}

function openTag(mark: ArticleMark): string {
  return mark.type === "link" ? `<a href="${escapeAttribute(mark.attrs.href)}">` : `<${TAG_BY_MARK[mark.type]}>`;
}

function closeTag(mark: ArticleMark): string {
  return mark.type === "link" ? "</a>" : `</${TAG_BY_MARK[mark.type]}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}
