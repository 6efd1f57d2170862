// A word (letters, marks, digits, "_" in any script), a run of whitespace, or one other character.
// Apostrophes and quotes are tokens of their own, so "didn’t" → "didn't" changes one token.
const TOKEN = /[\p{L}\p{M}\p{N}\p{Pc}]+|\s+|[^]/gu;

/**
 * Gives each distinct string one character, so that dmp diffs tokens (or paragraphs) as it diffs
 * characters. The characters avoid ASCII, whitespace and surrogates: dmp's lossless cleanup looks
 * at word characters, spaces and line breaks, and encoded tokens must look like none of them.
 */
export class TokenCodes {
  private readonly codes = new Map<string, string>();
  private readonly strings: string[] = [];

  encode(text: string): string | null {
    return this.encodeParts(text.match(TOKEN) ?? []);
  }

  encodeParts(parts: readonly string[]): string | null {
    let encoded = "";
    for (const part of parts) {
      let code = this.codes.get(part);
      if (code === undefined) {
        const next = CODE_POINTS[this.strings.length];
        if (next === undefined) return null;
        code = String.fromCharCode(next);
        this.codes.set(part, code);
        this.strings.push(part);
      }
      encoded += code;
    }
    return encoded;
  }

  decode(encoded: string): string {
    let text = "";
    for (let i = 0; i < encoded.length; i++) text += this.stringAt(encoded, i);
    return text;
  }

  stringAt(encoded: string, i: number): string {
    return this.strings[CODE_INDEX[encoded.charCodeAt(i)]!]!;
  }
}

const CODE_POINTS: number[] = [];
const CODE_INDEX = new Int32Array(0x10000).fill(-1);
for (let code = 0x100; code <= 0xffff; code++) {
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  if (surrogate || /\s/.test(String.fromCharCode(code))) continue;
  CODE_INDEX[code] = CODE_POINTS.length;
  CODE_POINTS.push(code);
}
