// A claim as a Word comment: number, verdict in words with its symbol, claimant, rationale,
// sources (title, publisher, stance, URL as text), review status and, when asked, review notes.
// URLs stay plain text here: a hyperlink needs a relationship of the comments part, which the
// docx package does not write, and the "Claims" list at the end links them.
import { Paragraph, TextRun, type ICommentOptions } from "docx";
import type { ClaimNote } from "@/server/export/claim-note";
import { textRuns } from "@/server/export/docx/docx-text";
import { initials } from "@/lib/people/initials";

export function claimComment(note: ClaimNote, date: string): ICommentOptions {
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
  const children: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: `${note.heading} — ${note.verdict}`, bold: true })] }),
    ...(note.claimant ? [line("Claimant", note.claimant)] : []),
    ...(note.rationale ? [line("Rationale", note.rationale)] : []),
  ];
  if (note.sources.length > 0)
    children.push(new Paragraph({ children: [new TextRun({ text: "Sources:", bold: true })] }));
  for (const s of note.sources) {
    const publisher = s.publisher ? ` · ${s.publisher}` : "";
    children.push(new Paragraph({ children: textRuns(`• ${s.title}${publisher} — ${s.stance} — ${s.url}`) }));
  }
  children.push(new Paragraph({ children: textRuns(note.status, { italics: true }) }));
  if (note.comments.length > 0)
    children.push(new Paragraph({ children: [new TextRun({ text: "Review notes:", bold: true })] }));
  for (const c of note.comments)
    children.push(new Paragraph({ children: [...textRuns(`${c.meta}: `, { italics: true }), ...textRuns(c.body)] }));
  const when = new Date(date);
  return {
    id: note.number,
    author: note.author,
    initials: initials(note.author) || "FD",
    ...(Number.isNaN(when.getTime()) ? {} : { date: when }),
    children,
  };
}
