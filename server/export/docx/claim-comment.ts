// A claim as a Word comment: number, verdict in words with its symbol, claimant, rationale,
// sources (title, publisher, stance, URL as text), review status and, when asked, review notes.
// URLs stay plain text here: a hyperlink needs a relationship of the comments part, which the
// docx package does not write, and the "Claims" list at the end links them.
import { Paragraph, TextRun, type ICommentOptions } from "docx";
import type { ClaimNote } from "@/server/export/claim-note";
import { textRuns } from "@/server/export/docx/docx-text";

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
    initials: initials(note.author),
    ...(Number.isNaN(when.getTime()) ? {} : { date: when }),
    children,
  };
}

/** "CC" for "Casey Checker": Word shows them on the comment. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .flatMap((w) => [...w].slice(0, 1))
    .filter((ch) => /\p{L}/u.test(ch));
  return (letters.length > 0 ? letters.slice(0, 3).join("") : "FD").toUpperCase();
}
