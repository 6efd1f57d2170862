// A small line layout on top of pdfkit: pdfkit's own wrapper cannot paint a background behind a
// stretch of text, mix fonts on one baseline, or order right-to-left words. Text is cut into atoms
// (a word or a space in one font and style), atoms are filled into lines at spaces, and each line
// is painted highlights first, then text, so the text stays real and extracts in reading order.
import { shapingFeatures } from "@/server/export/pdf/fonts";
import { atomsOf, BREAK, measure, sizeOf, type Atom, type Piece } from "@/server/export/pdf/text-atoms";
import { visualOrder } from "@/server/export/pdf/visual-order";

const HIGHLIGHTS = ["#fff3b0", "#ffe07a", "#ffc94d"];
const LINE_HEIGHT = 1.4;

export function flowText(
  pdf: PDFKit.PDFDocument,
  pieces: Piece[],
  options: { indent?: number; gapAfter?: number } = {},
): void {
  const left = pdf.page.margins.left + (options.indent ?? 0);
  const maxWidth = pdf.page.width - pdf.page.margins.right - left;
  const baseSize = pieces.find((p) => !p.style.superscript)?.style.size ?? 11;
  const lines = fillLines(atomsOf(pdf, pieces), maxWidth, pdf);
  for (const line of lines) paintLine(pdf, visualOrder(line), left, baseSize);
  pdf.y += options.gapAfter ?? 0;
}

const widthOf = (atoms: Atom[]) => atoms.reduce((sum, a) => sum + a.width, 0);

/** Greedy line filling at breakable spaces; a word wider than the line is cut between characters. */
function fillLines(atoms: (Atom | typeof BREAK)[], maxWidth: number, pdf: PDFKit.PDFDocument): Atom[][] {
  const lines: Atom[][] = [];
  let line: Atom[] = [];
  let width = 0;
  const flush = () => {
    while (line.length > 0 && line[line.length - 1]!.space) line.pop();
    lines.push(line);
    line = [];
    width = 0;
  };
  const add = (part: Atom[]) => {
    line.push(...part);
    width += widthOf(part);
  };
  for (let i = 0; i < atoms.length;) {
    const atom = atoms[i]!;
    if (atom === BREAK || atom.space) {
      if (atom === BREAK) flush();
      else if (line.length > 0) add([atom]);
      i++;
      continue;
    }
    const word: Atom[] = [];
    for (let a: Atom | typeof BREAK | undefined = atom; a !== undefined && a !== BREAK && !a.space; a = atoms[++i])
      word.push(a);
    const wordWidth = widthOf(word);
    if (line.length > 0 && width + wordWidth > maxWidth) flush();
    if (wordWidth <= maxWidth) add(word);
    else
      splitWord(word, maxWidth, pdf).forEach((part, k) => {
        if (k > 0) flush();
        add(part);
      });
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

function splitWord(word: Atom[], maxWidth: number, pdf: PDFKit.PDFDocument): Atom[][] {
  const parts: Atom[][] = [[]];
  let width = 0;
  for (const atom of word) {
    for (const ch of atom.text) {
      const w = measure(pdf, ch, atom.font, atom.style);
      if (width + w > maxWidth && width > 0) {
        parts.push([]);
        width = 0;
      }
      parts[parts.length - 1]!.push({ ...atom, text: ch, width: w });
      width += w;
    }
  }
  return parts;
}

function paintLine(pdf: PDFKit.PDFDocument, line: Atom[], left: number, baseSize: number): void {
  const size = Math.max(baseSize, ...line.filter((a) => !a.style.superscript).map((a) => a.style.size));
  const height = size * LINE_HEIGHT;
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const top = pdf.y;
  const baseline = top + size * 1.05;
  // One rectangle per stretch of equal highlight depth, one link annotation per stretch of a URL.
  spans(
    line,
    left,
    (a) => Math.min(a.style.highlight ?? 0, HIGHLIGHTS.length),
    (depth, x, width) => {
      if (depth > 0) pdf.rect(x, top, width, height).fill(HIGHLIGHTS[depth - 1]!);
    },
  );
  spans(
    line,
    left,
    (a) => a.style.link ?? null,
    (url, x, width) => {
      if (url) pdf.link(x, top, width, height, url);
    },
  );
  let x = left;
  for (let i = 0; i < line.length;) {
    // Atoms in one font and style are painted as one string; right-to-left words one by one.
    let j = i + 1;
    while (
      j < line.length &&
      line[j]!.font === line[i]!.font &&
      line[j]!.style === line[i]!.style &&
      !line[j]!.rtl &&
      !line[i]!.rtl
    )
      j++;
    const run = line.slice(i, j);
    const { font, style } = run[0]!;
    const rise = style.superscript ? style.size * 0.35 : 0;
    pdf
      .font(font)
      .fontSize(sizeOf(style))
      .fillColor(style.color ?? "#111111");
    pdf.text(run.map((a) => a.text).join(""), x, baseline - rise, {
      lineBreak: false,
      baseline: "alphabetic",
      features: shapingFeatures(font),
    });
    x += widthOf(run);
    i = j;
  }
  pdf.y = top + height;
}

function spans<K>(
  line: Atom[],
  left: number,
  key: (a: Atom) => K,
  paint: (key: K, x: number, width: number) => void,
): void {
  let x = left;
  for (let i = 0; i < line.length;) {
    const k = key(line[i]!);
    let width = 0;
    let j = i;
    for (; j < line.length && key(line[j]!) === k; j++) width += line[j]!.width;
    paint(k, x, width);
    x += width;
    i = j;
  }
}
