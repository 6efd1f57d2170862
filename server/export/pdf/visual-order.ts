// Right-to-left words on a left-to-right line, in the order a reader sees them. fontkit already
// shapes and mirrors each Hebrew or Arabic word; what is left is the order of the words: a run of
// RTL words (with the spaces and punctuation between them) is painted last word first. This is
// the part of the Unicode bidi algorithm an LTR article needs; numbers inside RTL runs stay LTR.
import type { Atom } from "@/server/export/pdf/text-atoms";

const HAS_LTR = (atom: Atom) => !atom.rtl && /[\p{L}\p{N}]/u.test(atom.text);

export function visualOrder(line: Atom[]): Atom[] {
  if (!line.some((a) => a.rtl)) return line;
  const out = [...line];
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.rtl) continue;
    let end = i;
    for (let k = i + 1; k < out.length && !HAS_LTR(out[k]!); k++) if (out[k]!.rtl) end = k;
    out.splice(i, end - i + 1, ...out.slice(i, end + 1).reverse());
    i = end;
  }
  return out;
}
