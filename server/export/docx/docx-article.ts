// The article body as Word paragraphs, each claim a comment anchored to its words: a
// CommentRangeStart before the claim's first run, a CommentRangeEnd after its last run and then the
// run holding the CommentReference. Nested and overlapping claims each get their own range.
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import type { ArticleMark } from "@/lib/article/doc";
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import { articleHref } from "@/lib/links/link-policy";
import { linkedRuns, textRuns, type RunStyle } from "@/server/export/docx/docx-text";

type NumberingConfig = INumberingOptions["config"][number];
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

interface Context {
  depth: number;
  quote: boolean;
  list?: { reference: string } | "bullet";
}

/** The article's paragraphs, and one numbering definition per ordered list (each has its start). */
export function articleParagraphs(
  blocks: AnnotatedBlock[],
  commentIds: Set<number>,
): { paragraphs: Paragraph[]; numbering: NumberingConfig[] } {
  const paragraphs: Paragraph[] = [];
  const numbering: NumberingConfig[] = [];

  const visit = (block: AnnotatedBlock, ctx: Context, firstInItem: boolean): void => {
    const layout: IParagraphOptions = {
      ...(ctx.quote
        ? {
            indent: { left: 720 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: "BBBBBB", space: 8 } },
          }
        : {}),
      ...(ctx.list === "bullet" && firstInItem ? { bullet: { level: ctx.depth - 1 } } : {}),
      ...(ctx.list && ctx.list !== "bullet" && firstInItem
        ? { numbering: { reference: ctx.list.reference, level: ctx.depth - 1 } }
        : {}),
      ...(ctx.list && !firstInItem ? { indent: { left: 720 * ctx.depth } } : {}),
    };
    switch (block.type) {
      case "paragraph":
      case "heading":
      case "codeBlock": {
        const base: RunStyle = block.type === "codeBlock" ? { font: "Courier New", size: 20 } : {};
        const heading = block.type === "heading" ? { heading: HEADINGS[block.level - 1] } : {};
        paragraphs.push(new Paragraph({ ...layout, ...heading, children: runChildren(block.runs, base, commentIds) }));
        return;
      }
      case "horizontalRule":
        paragraphs.push(
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } } }),
        );
        return;
      case "blockquote":
        block.content.forEach((child) => visit(child, { ...ctx, quote: true }, false));
        return;
      case "bulletList":
      case "orderedList": {
        let list: Context["list"] = "bullet";
        if (block.type === "orderedList") {
          list = { reference: `article-list-${numbering.length + 1}` };
          numbering.push(orderedList(list.reference, block.start));
        }
        for (const item of block.items)
          item.forEach((child, k) => visit(child, { ...ctx, depth: ctx.depth + 1, list }, k === 0));
      }
    }
  };

  for (const block of blocks) visit(block, { depth: 0, quote: false }, false);
  return { paragraphs, numbering };
}

function orderedList(reference: string, start: number): NumberingConfig {
  const levels = Array.from({ length: 6 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
  return { reference, levels };
}

function runChildren(runs: AnnotatedRun[], base: RunStyle, commentIds: Set<number>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const run of runs) {
    // Outer claims open first; inner claims close first, so ranges nest as the text does.
    for (const n of [...run.starts].sort((a, b) => a - b))
      if (commentIds.has(n)) children.push(new CommentRangeStart(n));
    const style: RunStyle = { ...base, ...(run.claims.length > 0 ? { highlight: "yellow" } : {}) };
    if (run.kind === "hardBreak") children.push(new TextRun({ ...style, break: 1 }));
    else children.push(...styledRuns(run.text, run.marks, style));
    for (const n of [...run.ends].sort((a, b) => b - a)) {
      if (!commentIds.has(n)) continue;
      children.push(new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] }));
    }
  }
  return children;
}

function styledRuns(text: string, marks: ArticleMark[], style: RunStyle): ParagraphChild[] {
  const has = (type: ArticleMark["type"]) => marks.some((m) => m.type === type);
  const styled: RunStyle = {
    ...style,
    ...(has("bold") ? { bold: true } : {}),
    ...(has("italic") ? { italics: true } : {}),
    ...(has("underline") ? { underline: {} } : {}),
    ...(has("strike") ? { strike: true } : {}),
    ...(has("code") ? { font: "Courier New" } : {}),
  };
  const href = marks.find((m) => m.type === "link")?.attrs.href;
  return href ? linkedRuns(text, articleHref(href), styled) : textRuns(text, styled);
}
