// The "Claims" list at the end of the DOCX, so every claim's verdict, rationale and sources survive
// where comments are hidden or dropped (printing, some converters).
import { HeadingLevel, Paragraph, TextRun } from "docx";
import { NO_CLAIMS, ORPHAN_NOTE } from "@/lib/export/claim-wording";
import type { ClaimNote } from "@/server/export/claim-note";
import { linkedRuns, textRuns } from "@/server/export/docx/docx-text";

export function claimsList(notes: ClaimNote[]): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: textRuns(`Claims (${notes.length})`),
    }),
  ];
  if (notes.length === 0) paragraphs.push(new Paragraph({ children: textRuns(NO_CLAIMS) }));
  for (const note of notes) paragraphs.push(...claimParagraphs(note));
  return paragraphs;
}

function claimParagraphs(note: ClaimNote): Paragraph[] {
  const labelled = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: textRuns(`${note.heading} — ${note.verdict}`),
    }),
    new Paragraph({ children: textRuns(note.status, { italics: true, color: note.approved ? "555555" : "9A3412" }) }),
    new Paragraph({ indent: { left: 567 }, children: textRuns(`“${note.quote}”`, { italics: true }) }),
  ];
  if (note.claimant) out.push(labelled("Claimant", note.claimant));
  if (note.rationale) out.push(labelled("Rationale", note.rationale));
  if (note.sources.length > 0) out.push(new Paragraph({ children: [new TextRun({ text: "Sources", bold: true })] }));
  for (const s of note.sources) {
    const rest = `${s.publisher ? ` · ${s.publisher}` : ""} — ${s.stance}`;
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          ...linkedRuns(s.title, s.link),
          ...textRuns(rest),
          new TextRun({ break: 1 }),
          ...textRuns(s.url, { color: "555555", size: 18 }),
        ],
      }),
    );
  }
  if (note.comments.length > 0)
    out.push(new Paragraph({ children: [new TextRun({ text: "Review notes", bold: true })] }));
  for (const c of note.comments)
    out.push(
      new Paragraph({
        indent: { left: 567 },
        children: [...textRuns(`${c.meta}: `, { italics: true }), ...textRuns(c.body)],
      }),
    );
  if (note.orphan) out.push(new Paragraph({ children: textRuns(ORPHAN_NOTE, { italics: true, color: "9A3412" }) }));
  return out;
}
