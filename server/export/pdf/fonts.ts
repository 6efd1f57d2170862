// The PDF's fonts, all shipped in npm packages (never the OS's), read once per process: DejaVu
// Sans (Latin, Greek, Cyrillic, verdict symbols), Noto Sans Hebrew and Arabic, Noto Sans Symbols 2
// for the control pictures (␇) that stand for control characters, and Noto Emoji (monochrome).
// Hebrew and Arabic get fonts of their own so that extractors keep them in text items of their own
// (pdf.js drops "<" and ">" from any item it runs its bidi pass on). Text is cut into runs by the
// first font that has each character; a character no font has becomes U+FFFD, never an empty box.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

export type Face = "regular" | "bold" | "italic" | "boldItalic" | "mono";
export type FontKey = Face | "hebrew" | "hebrewBold" | "arabic" | "arabicBold" | "symbols" | "emoji";

// Resolved from the app's root: Next runs route handlers with the project as working directory.
const FILES: Record<FontKey, [pkg: string, file: string]> = {
  regular: ["dejavu-fonts-ttf", "ttf/DejaVuSans.ttf"],
  bold: ["dejavu-fonts-ttf", "ttf/DejaVuSans-Bold.ttf"],
  italic: ["dejavu-fonts-ttf", "ttf/DejaVuSans-Oblique.ttf"],
  boldItalic: ["dejavu-fonts-ttf", "ttf/DejaVuSans-BoldOblique.ttf"],
  mono: ["dejavu-fonts-ttf", "ttf/DejaVuSansMono.ttf"],
  hebrew: ["@fontsource/noto-sans-hebrew", "files/noto-sans-hebrew-hebrew-400-normal.woff"],
  hebrewBold: ["@fontsource/noto-sans-hebrew", "files/noto-sans-hebrew-hebrew-700-normal.woff"],
  arabic: ["@fontsource/noto-sans-arabic", "files/noto-sans-arabic-arabic-400-normal.woff"],
  arabicBold: ["@fontsource/noto-sans-arabic", "files/noto-sans-arabic-arabic-700-normal.woff"],
  symbols: ["@fontsource/noto-sans-symbols-2", "files/noto-sans-symbols-2-symbols-400-normal.woff"],
  emoji: ["@fontsource/noto-emoji", "files/noto-emoji-emoji-400-normal.woff"],
};

interface LoadedFont {
  data: Buffer;
  font: fontkit.Font;
  covers: Map<number, boolean>;
}

let loaded: Record<FontKey, LoadedFont> | null = null;

function fonts(): Record<FontKey, LoadedFont> {
  if (!loaded) {
    const entries = Object.entries(FILES).map(([key, [pkg, file]]) => {
      const data = readFileSync(path.join(process.cwd(), "node_modules", pkg, file));
      return [key, { data, font: fontkit.create(data) as fontkit.Font, covers: new Map() }];
    });
    loaded = Object.fromEntries(entries) as Record<FontKey, LoadedFont>;
  }
  return loaded;
}

/** Registers every font under its key; pdfkit embeds only those used, and only their used glyphs. */
export function registerFonts(pdf: PDFKit.PDFDocument): void {
  for (const [key, { data }] of Object.entries(fonts())) pdf.registerFont(key, data);
  pdf.font("regular");
}

function hasGlyph(key: FontKey, codePoint: number): boolean {
  const f = fonts()[key];
  let has = f.covers.get(codePoint);
  if (has === undefined) f.covers.set(codePoint, (has = f.font.hasGlyphForCodePoint(codePoint)));
  return has;
}

// Marks, joiners and variation selectors belong to the character before them.
const CLINGS = /^[\p{M}\u200C\u200D]$/u;
// Other format characters (bidi overrides, soft hyphens…) do nothing in laid-out PDF text.
const INVISIBLE = /^\p{Cf}$/u;

export interface FontRun {
  text: string;
  font: FontKey;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const HEBREW = /\p{Script=Hebrew}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** `text` cut into runs, each in the first font that has its characters: script font (Hebrew,
 * Arabic), then face → regular → symbols → emoji; U+FFFD when none has it. */
export function fontRuns(text: string, face: Face): FontRun[] {
  const bold = face === "bold" || face === "boldItalic";
  const chain: FontKey[] = face === "regular" ? ["regular", "symbols", "emoji"] : [face, "regular", "symbols", "emoji"];
  const hebrew: FontKey[] = [bold ? "hebrewBold" : "hebrew", ...chain];
  const arabic: FontKey[] = [bold ? "arabicBold" : "arabic", ...chain];
  // Most words are printable ASCII, which every face has: skip the per-character look-ups.
  if (PRINTABLE_ASCII.test(text)) return [{ text, font: face }];
  const runs: FontRun[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    if (CLINGS.test(ch)) {
      if (last) last.text += ch;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const font = (HEBREW.test(ch) ? hebrew : ARABIC.test(ch) ? arabic : chain).find((key) => hasGlyph(key, cp));
    const [runText, runFont] = font ? [ch, font] : ["\uFFFD", "regular" as const];
    if (last && last.font === runFont) last.text += runText;
    else runs.push({ text: runText, font: runFont });
  }
  return runs;
}

/**
 * OpenType features to turn off for a font, as pdfkit's `features` option (fontkit reads an object
 * of booleans; a fresh one each call, as fontkit fills it in). Noto Sans Arabic's ccmp splits
 * letters into a dotless form plus a dot glyph that maps to no character, which extractors then
 * read as a control character; without it every glyph maps back to exactly one letter.
 */
export function shapingFeatures(font: FontKey): PDFKit.Mixins.OpenTypeFeatures[] | undefined {
  return font === "arabic" || font === "arabicBold"
    ? ({ ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[])
    : undefined;
}
