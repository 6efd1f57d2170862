// DOCX export: the article as Word paragraphs with every claim a real comment anchored to its
// words, then a "Claims" list. Built with the docx package's documented API only, so Word,
// LibreOffice and Google Docs open it; hyperlinks are only what the link policy keeps
// (lib/links/link-policy.ts: http(s) and, in the article's text, mailto).
import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { annotateDoc } from "@/lib/export/annotate-doc";
import { longDate } from "@/lib/export/long-date";
import type { ExportDocument } from "@/lib/export/model";
import { plainLine } from "@/lib/export/plain-text";
import { claimComment } from "@/server/export/docx/claim-comment";
import { articleParagraphs } from "@/server/export/docx/docx-article";
import { claimsList } from "@/server/export/docx/docx-claims";
import { linkedRuns, textRuns } from "@/server/export/docx/docx-text";
import { sourceHref } from "@/lib/links/link-policy";
import { claimNote } from "@/server/export/claim-note";

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const notes = doc.claims.map((c) => claimNote(c, doc.includeNotes));
  const anchored = doc.claims.filter((c) => c.anchored);
  const spans = anchored.map((c) => ({ number: c.number, ...c.anchored! }));
  const { paragraphs, numbering } = articleParagraphs(annotateDoc(doc.doc, spans), new Set(spans.map((s) => s.number)));
  const document = new Document({
    title: plainLine(`Fact-check: ${doc.article.title}`),
    creator: plainLine(doc.newsroom.name),
    description: "Annotated fact-check",
    styles: { default: { document: { paragraph: { spacing: { after: 120 } } } } },
    numbering: { config: numbering },
    comments: { children: anchored.map((c) => claimComment(notes[doc.claims.indexOf(c)]!, c.updatedAt)) },
    sections: [{ children: [...header(doc), ...paragraphs, ...claimsList(notes)] }],
  });
  return Packer.toBuffer(document);
}

function header({ article, newsroom, scope, publicUrl, generatedAt, claims }: ExportDocument): Paragraph[] {
  const muted = { color: "555555", size: 18 };
  const byline = [
    article.outlet,
    article.author && `By ${article.author}`,
    article.publishedAt && `Published ${longDate(article.publishedAt)}`,
  ]
    .filter(Boolean)
    .join(" · ");
  const urlLine = (label: string, url: string): ParagraphChild[] => [
    ...textRuns(`${label}: `, muted),
    ...linkedRuns(url, sourceHref(url), muted),
  ];
  const count = claims.length === 1 ? "1 claim" : `${claims.length} claims`;
  const paragraphs = [
    new Paragraph({ children: textRuns(`${newsroom.name} · Annotated fact-check`, muted) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(plainLine(article.title)) }),
    ...(byline ? [new Paragraph({ children: textRuns(byline, muted) })] : []),
    ...(article.url ? [new Paragraph({ children: urlLine("Original article", article.url) })] : []),
    ...(publicUrl ? [new Paragraph({ children: urlLine("Public page", publicUrl) })] : []),
    new Paragraph({
      children: textRuns(
        `Exported on ${longDate(generatedAt)} · ${count} · ${scope === "all" ? "all claims, approved or not" : "approved claims only"}`,
        muted,
      ),
    }),
  ];
  if (scope === "all") {
    const notice =
      "⚠ Internal export: includes claims that are not approved yet (drafts and claims in review). Not for publication.";
    paragraphs.push(
      new Paragraph({
        spacing: { before: 120, after: 120 },
        children: [new TextRun({ text: notice, bold: true, color: "9A3412", highlight: "yellow" })],
      }),
    );
  }
  return paragraphs;
}
