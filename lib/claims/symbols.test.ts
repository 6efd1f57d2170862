// Every symbol the desk shows must be drawn by a font the app ships and loads: Debian's Chromium
// has no symbol font, and a missing glyph is an empty box ("⌛" and "＋" once were). This reads the
// "Factdesk Symbols" @font-face rules in app/globals.css and checks the font files they load.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { STANCE_SYMBOL, STATUS_DISPLAY } from "@/lib/claims/status";
import { VERDICTS } from "@/lib/verdicts";

const ROOT = resolve(__dirname, "../..");
const CSS_PATH = join(ROOT, "app/globals.css");
const css = readFileSync(CSS_PATH, "utf8");

/**
 * Punctuation every text font has (WGL4), so the system text fonts draw it; DejaVu Sans, which
 * the app ships for the PDF export, stands in for them here.
 */
const TEXT_PUNCTUATION = new Set([..."“”‘’…—–·→↔"]);
const DEJAVU = join(ROOT, "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

interface Face {
  file: string;
  codePoints: Set<number>;
}

function symbolFaces(): Face[] {
  const blocks = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
  return blocks
    .filter((b) => /font-family:\s*"Factdesk Symbols"/.test(b))
    .map((b) => ({
      file: resolve(ROOT, "app", /url\("([^"]+)"\)/.exec(b)![1]!),
      codePoints: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(b)![1]!),
    }));
}

function parseUnicodeRange(range: string): Set<number> {
  const points = new Set<number>();
  for (const part of range.split(",")) {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    for (let cp = parseInt(from!, 16); cp <= parseInt(to!, 16); cp++) points.add(cp);
  }
  return points;
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => pattern.test(f) && !f.endsWith(".test.ts") && !f.includes("testing"))
    .map((f) => join(ROOT, dir, f));
}

/** Non-ASCII characters in the UI's code and styles (comments aside), and the symbol tables. */
function symbolsInUse(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (text: string, where: string) => {
    for (const ch of text) if (ch.codePointAt(0)! > 0x7f && !found.has(ch)) found.set(ch, where);
  };
  for (const s of Object.values(STATUS_DISPLAY)) add(s.symbol, "STATUS_DISPLAY");
  for (const s of Object.values(STANCE_SYMBOL)) add(s, "STANCE_SYMBOL");
  for (const v of VERDICTS) add(v.symbol, "VERDICTS");
  const sources = [
    ...filesUnder("app", /\.(tsx?|css)$/),
    ...filesUnder("components", /\.tsx?$/),
    ...filesUnder("lib/claims", /\.ts$/),
  ];
  for (const file of sources) add(withoutComments(readFileSync(file, "utf8")), file.slice(ROOT.length + 1));
  return found;
}

describe("symbols the UI shows", () => {
  const faces = symbolFaces();
  const fonts = new Map(faces.map((f) => [f.file, fontkit.openSync(f.file) as fontkit.Font]));

  it("load shipped font files through the Factdesk Symbols faces", () => {
    expect(faces.length).toBeGreaterThan(0);
    expect(css).toMatch(/--sans:\s*"Factdesk Symbols",/);
    expect(css).toMatch(/--serif:\s*"Factdesk Symbols",/);
  });

  it("are each covered by a face whose font has the glyph, or are text punctuation", () => {
    const dejavu = fontkit.openSync(DEJAVU) as fontkit.Font;
    const missing: string[] = [];
    for (const [ch, where] of symbolsInUse()) {
      const cp = ch.codePointAt(0)!;
      const label = `${ch} U+${cp.toString(16).toUpperCase()} (${where})`;
      if (TEXT_PUNCTUATION.has(ch)) {
        if (!dejavu.hasGlyphForCodePoint(cp)) missing.push(`${label}: not in DejaVu Sans`);
        continue;
      }
      const face = faces.find((f) => f.codePoints.has(cp));
      if (!face) missing.push(`${label}: in no Factdesk Symbols unicode-range`);
      else if (!fonts.get(face.file)!.hasGlyphForCodePoint(cp)) missing.push(`${label}: not in ${face.file}`);
    }
    expect(missing).toEqual([]);
  });

  it("claim no code points their font cannot draw", () => {
    const undrawable = faces.flatMap((f) =>
      [...f.codePoints].filter((cp) => !fonts.get(f.file)!.hasGlyphForCodePoint(cp)).map((cp) => cp.toString(16)),
    );
    expect(undrawable).toEqual([]);
  });
});
