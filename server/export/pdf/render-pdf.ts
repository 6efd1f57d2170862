// PDF export: the annotated article as real, selectable text, drawn by pdfkit (no browser). Same
// content as the annotated HTML: header, article with highlighted and numbered claims, then one
// note per claim. Links are only what the link policy keeps (lib/links/link-policy.ts); the file
// carries no scripts or actions.
import "server-only";
import PDFDocument from "pdfkit";
import { annotateDoc } from "@/lib/export/annotate-doc";
import { longDate } from "@/lib/export/long-date";
import type { ExportDocument } from "@/lib/export/model";
import { plainLine } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";
import { flowText } from "@/server/export/pdf/flow-text";
import type { Piece } from "@/server/export/pdf/text-atoms";
import { registerFonts } from "@/server/export/pdf/fonts";
import { LINK_COLOR, writeArticle } from "@/server/export/pdf/pdf-article";
import { writeClaims } from "@/server/export/pdf/pdf-claims";

export async function renderPdf(doc: ExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    // No default font: pdfkit then never loads its standard (AFM) fonts, and ours are registered
    // below (a default that equals a registered font would make pdfkit re-open it on every switch).
    font: null as unknown as string,
    pdfVersion: "1.7",
    lang: "en",
    displayTitle: true,
    info: {
      Title: plainLine(`Fact-check: ${doc.article.title}`),
      Author: plainLine(doc.newsroom.name),
      Subject: "Annotated fact-check",
      Creator: "Fact-check desk",
      CreationDate: new Date(doc.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  registerFonts(pdf);
  writeHeader(pdf, doc);
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  writeArticle(pdf, annotateDoc(doc.doc, spans), new Map(doc.claims.map((c) => [c.number, c])));
  pdf.addPage();
  writeClaims(pdf, doc.claims, doc.includeNotes);
  pdf.end();
  return done;
}

function writeHeader(
  pdf: PDFKit.PDFDocument,
  { article, newsroom, scope, publicUrl, generatedAt, claims }: ExportDocument,
): void {
  const muted = { face: "regular", size: 9, color: "#555555" } as const;
  const link = (url: string) => ({ ...muted, color: LINK_COLOR, link: sourceHref(url) });
  flowText(pdf, [{ text: `${newsroom.name} · Annotated fact-check`, style: muted }], { gapAfter: 4 });
  flowText(pdf, [{ text: plainLine(article.title), style: { face: "bold", size: 20 } }], { gapAfter: 6 });
  const byline = [
    article.outlet,
    article.author && `By ${article.author}`,
    article.publishedAt && `Published ${longDate(article.publishedAt)}`,
  ];
  const bylineText = byline.filter(Boolean).join(" · ");
  if (bylineText) flowText(pdf, [{ text: bylineText, style: { ...muted, size: 10 } }], { gapAfter: 2 });
  const lines: Piece[][] = [];
  if (article.url)
    lines.push([
      { text: "Original article: ", style: muted },
      { text: article.url, style: link(article.url) },
    ]);
  if (publicUrl)
    lines.push([
      { text: "Public page: ", style: muted },
      { text: publicUrl, style: link(publicUrl) },
    ]);
  const count = claims.length === 1 ? "1 claim" : `${claims.length} claims`;
  lines.push([
    {
      text: `Exported on ${longDate(generatedAt)} · ${count} · ${scope === "all" ? "all claims, approved or not" : "approved claims only"}`,
      style: muted,
    },
  ]);
  for (const pieces of lines) flowText(pdf, pieces, { gapAfter: 2 });
  if (scope === "all") {
    pdf.y += 6;
    const notice =
      "Internal export: includes claims that are not approved yet (drafts and claims in review). Not for publication.";
    flowText(pdf, [{ text: `⚠ ${notice}`, style: { face: "bold", size: 10.5, color: "#9a3412", highlight: 1 } }]);
  }
  pdf.y += 6;
  const y = pdf.y;
  pdf
    .moveTo(pdf.page.margins.left, y)
    .lineTo(pdf.page.width - pdf.page.margins.right, y)
    .lineWidth(0.75)
    .stroke("#bbbbbb");
  pdf.y = y + 14;
}
