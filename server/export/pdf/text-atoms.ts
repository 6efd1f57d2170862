// Text cut for layout: an atom is a word or a run of spaces in one font and one style, measured.
// Spaces are where lines may break; a no-break space (inside claim markers) is not one.
import { plainText } from "@/lib/export/plain-text";
import { fontRuns, shapingFeatures, type Face, type FontKey } from "@/server/export/pdf/fonts";

export interface TextStyle {
  face: Face;
  size: number;
  color?: string;
  /** How many claims cover this text; 0 or absent for none. */
  highlight?: number;
  /** An http(s) URL to link the text to. */
  link?: string | null;
  superscript?: boolean;
}

export interface Piece {
  text: string;
  style: TextStyle;
}

export interface Atom {
  text: string;
  font: FontKey;
  style: TextStyle;
  width: number;
  space: boolean;
  /** Set in a Hebrew or Arabic font, so part of a right-to-left word. */
  rtl: boolean;
}

/** A forced line break ("\n" in the text). */
export const BREAK = "break";

const RTL_FONTS = new Set<FontKey>(["hebrew", "hebrewBold", "arabic", "arabicBold"]);
const BREAKABLE_SPACE = /([^\S\u00A0]+)/;

export function atomsOf(pdf: PDFKit.PDFDocument, pieces: Piece[]): (Atom | typeof BREAK)[] {
  const atoms: (Atom | typeof BREAK)[] = [];
  for (const { text, style } of pieces) {
    const segments = plainText(text).replace(/\t/g, "    ").split("\n");
    segments.forEach((segment, i) => {
      if (i > 0) atoms.push(BREAK);
      for (const token of segment.split(BREAKABLE_SPACE)) {
        if (token === "") continue;
        const space = BREAKABLE_SPACE.test(token);
        for (const { text, font } of fontRuns(token, style.face)) {
          atoms.push({ text, font, style, space, rtl: RTL_FONTS.has(font), width: measure(pdf, text, font, style) });
        }
      }
    });
  }
  return atoms;
}

export const sizeOf = (style: TextStyle) => (style.superscript ? style.size * 0.7 : style.size);

// Widths in 1000ths of the font size, per document: spaces and common words recur thousands of
// times in a long export, and pdfkit measures character by character.
const widthCaches = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

export function measure(pdf: PDFKit.PDFDocument, text: string, font: FontKey, style: TextStyle): number {
  let cache = widthCaches.get(pdf);
  if (!cache) widthCaches.set(pdf, (cache = new Map()));
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    // pdfkit shapes and caches text word by word, each word with its trailing space ("of "), and
    // lines are painted that way: measuring "of " too spares shaping every word twice.
    const w = (t: string) =>
      pdf
        .font(font)
        .fontSize(1000)
        .widthOfString(t, { features: shapingFeatures(font) });
    width = text.endsWith(" ") || text.length === 0 ? w(text) : w(`${text} `) - w(" ");
    cache.set(key, width);
  }
  return (width * sizeOf(style)) / 1000;
}
