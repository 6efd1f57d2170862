import { articleDocFromBlocks, type ArticleDoc, type InlineNode, type ParagraphNode } from "@/lib/article/doc";

// One or more lines that are empty or hold only whitespace separate paragraphs.
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/;

/**
 * Plain text as typed or pasted: blank lines separate paragraphs, a single newline is a line break
 * inside one. Only the edges of each paragraph are trimmed; runs of spaces inside are kept exactly,
 * because claims quote the text as published and source texts do contain double spaces.
 */
export function docFromPlainText(text: string): ArticleDoc {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(BLANK_LINES)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map(paragraphFromText);
  return articleDocFromBlocks(paragraphs);
}

function paragraphFromText(text: string): ParagraphNode {
  const content: InlineNode[] = [];
  text.split("\n").forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    if (line !== "") content.push({ type: "text", text: line });
  });
  return { type: "paragraph", content };
}
