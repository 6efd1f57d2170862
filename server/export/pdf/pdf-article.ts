// The article body in the PDF: every textblock flowed with its claims highlighted (deeper nesting,
// stronger colour) and, after each claim's last word, a raised marker "[N ✗]" with the claim's
// number and verdict symbol, so the highlight never carries the meaning alone.
import type { ArticleMark } from "@/lib/article/doc";
import type { AnnotatedBlock, AnnotatedRun } from "@/lib/export/annotate-doc";
import type { ExportClaim } from "@/lib/export/model";
import { articleHref } from "@/lib/links/link-policy";
import { flowText } from "@/server/export/pdf/flow-text";
import type { Piece, TextStyle } from "@/server/export/pdf/text-atoms";
import type { Face } from "@/server/export/pdf/fonts";

const BODY = 11;
const HEADING_SIZES = [18, 15, 13, 12, 11, 11];
const LIST_INDENT = 18;
export const LINK_COLOR = "#1a4f9c";

export function writeArticle(
  pdf: PDFKit.PDFDocument,
  blocks: AnnotatedBlock[],
  claims: Map<number, ExportClaim>,
): void {
  for (const block of blocks) writeBlock(pdf, block, claims, 0);
}

function writeBlock(
  pdf: PDFKit.PDFDocument,
  block: AnnotatedBlock,
  claims: Map<number, ExportClaim>,
  indent: number,
  bullet?: string,
): void {
  switch (block.type) {
    case "paragraph":
    case "codeBlock":
    case "heading": {
      const size = block.type === "heading" ? HEADING_SIZES[block.level - 1]! : block.type === "codeBlock" ? 9.5 : BODY;
      const face: Face = block.type === "heading" ? "bold" : block.type === "codeBlock" ? "mono" : "regular";
      if (bullet) writeBullet(pdf, bullet, indent);
      flowText(pdf, runPieces(block.runs, claims, { face, size }), { indent, gapAfter: size * 0.6 });
      return;
    }
    case "horizontalRule": {
      const y = pdf.y + 6;
      pdf
        .moveTo(pdf.page.margins.left, y)
        .lineTo(pdf.page.width - pdf.page.margins.right, y)
        .lineWidth(0.5)
        .stroke("#999999");
      pdf.y = y + 12;
      return;
    }
    case "blockquote":
      for (const child of block.content) writeBlock(pdf, child, claims, indent + LIST_INDENT);
      return;
    case "bulletList":
    case "orderedList":
      block.items.forEach((item, i) => {
        const mark = block.type === "bulletList" ? "•" : `${(block.type === "orderedList" ? block.start : 1) + i}.`;
        item.forEach((child, k) => writeBlock(pdf, child, claims, indent + LIST_INDENT, k === 0 ? mark : undefined));
      });
  }
}

/** The list mark sits in the hanging indent, on the first line of the item's first paragraph. */
function writeBullet(pdf: PDFKit.PDFDocument, mark: string, indent: number): void {
  if (pdf.y + BODY * 2 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const y = pdf.y;
  flowText(pdf, [{ text: mark, style: { face: "regular", size: BODY } }], { indent: indent - LIST_INDENT + 4 });
  pdf.y = y;
}

function runPieces(runs: AnnotatedRun[], claims: Map<number, ExportClaim>, base: TextStyle): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    const style = { ...base, highlight: run.claims.length };
    if (run.kind === "hardBreak") pieces.push({ text: "\n", style });
    else pieces.push({ text: run.text, style: withMarks(style, run.marks) });
    // Nested claims end inside their outer claim: innermost (highest number) marker first.
    for (const n of [...run.ends].sort((a, b) => b - a)) {
      const symbol = claims.get(n)?.verdict?.symbol;
      pieces.push({
        text: `[${n}${symbol ? `\u00A0${symbol}` : ""}]`,
        style: { face: "bold", size: base.size, color: "#7a4a00", superscript: true },
      });
    }
  }
  return pieces;
}

function withMarks(style: TextStyle, marks: ArticleMark[]): TextStyle {
  const has = (type: ArticleMark["type"]) => marks.some((m) => m.type === type);
  const bold = has("bold") || style.face === "bold";
  const face: Face =
    style.face === "mono" || has("code")
      ? "mono"
      : bold && has("italic")
        ? "boldItalic"
        : bold
          ? "bold"
          : has("italic")
            ? "italic"
            : "regular";
  const link = articleHref(marks.find((m) => m.type === "link")?.attrs.href);
  return link ? { ...style, face, link, color: LINK_COLOR } : { ...style, face };
}
