// The "Claims" section of the PDF: one note per claim, in number order.
import type { ExportClaim } from "@/lib/export/model";
import { NO_CLAIMS, ORPHAN_NOTE } from "@/lib/export/claim-wording";
import { claimNote, type ClaimNote, type NoteSource } from "@/server/export/claim-note";
import { flowText } from "@/server/export/pdf/flow-text";
import type { Piece, TextStyle } from "@/server/export/pdf/text-atoms";
import { LINK_COLOR } from "@/server/export/pdf/pdf-article";

const TEXT: TextStyle = { face: "regular", size: 10 };
const LABEL: TextStyle = { face: "bold", size: 10 };
const MUTED: TextStyle = { face: "regular", size: 9, color: "#555555" };
const INDENT = 14;

export function writeClaims(pdf: PDFKit.PDFDocument, claims: ExportClaim[], includeNotes: boolean): void {
  flowText(pdf, [{ text: `Claims (${claims.length})`, style: { face: "bold", size: 16 } }], { gapAfter: 8 });
  if (claims.length === 0) flowText(pdf, [{ text: NO_CLAIMS, style: TEXT }]);
  for (const claim of claims) writeNote(pdf, claimNote(claim, includeNotes));
}

function writeNote(pdf: PDFKit.PDFDocument, note: ClaimNote): void {
  // Keep a note's heading with at least its first lines.
  if (pdf.y + 60 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  flowText(pdf, [{ text: `${note.heading} — ${note.verdict}`, style: { face: "bold", size: 12 } }], { gapAfter: 2 });
  flowText(pdf, [{ text: note.status, style: note.approved ? MUTED : { ...LABEL, color: "#9a3412" } }], {
    gapAfter: 3,
  });
  flowText(pdf, [{ text: `“${note.quote}”`, style: { face: "regular", size: 10.5, highlight: 1 } }], {
    indent: INDENT,
    gapAfter: 3,
  });
  if (note.claimant)
    flowText(
      pdf,
      [
        { text: "Claimant: ", style: LABEL },
        { text: note.claimant, style: TEXT },
      ],
      { gapAfter: 2 },
    );
  if (note.rationale) {
    flowText(pdf, [{ text: "Rationale", style: LABEL }]);
    flowText(pdf, [{ text: note.rationale, style: TEXT }], { gapAfter: 2 });
  }
  if (note.sources.length > 0) {
    flowText(pdf, [{ text: "Sources", style: LABEL }]);
    for (const source of note.sources) flowText(pdf, sourcePieces(source), { indent: INDENT, gapAfter: 2 });
  }
  if (note.comments.length > 0) {
    flowText(pdf, [{ text: "Review notes", style: LABEL }]);
    for (const c of note.comments)
      flowText(
        pdf,
        [
          { text: `${c.meta}\n`, style: MUTED },
          { text: c.body, style: TEXT },
        ],
        { indent: INDENT, gapAfter: 2 },
      );
  }
  if (note.orphan) flowText(pdf, [{ text: ORPHAN_NOTE, style: { ...TEXT, face: "italic", color: "#9a3412" } }]);
  pdf.y += 10;
}

function sourcePieces(s: NoteSource): Piece[] {
  const pieces: Piece[] = [
    { text: "• ", style: TEXT },
    { text: s.title, style: { ...TEXT, face: "bold" } },
    { text: `${s.publisher ? ` · ${s.publisher}` : ""} — ${s.stance}\n`, style: TEXT },
    // The URL is always printed; it is a link only when the link policy keeps it.
    { text: s.url, style: s.link ? { ...MUTED, color: LINK_COLOR, link: s.link } : MUTED },
  ];
  if (s.excerpt) pieces.push({ text: `\n“${s.excerpt}”`, style: { ...MUTED, face: "italic" } });
  return pieces;
}
