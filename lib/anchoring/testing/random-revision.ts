// Seeded random revisions for the re-anchoring property tests. Every character of the new text
// remembers where it came from (its old offset, or -1 when inserted), so a test knows the truth
// that re-anchoring has to find.
import type { TextRange } from "@/lib/anchoring/types";

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface Revision {
  text: string;
  /** For each character of text: the old offset it was copied from, or -1 when it was inserted. */
  origin: number[];
}

type Edit = "insertWords" | "deleteWords" | "replaceWord" | "copySentence" | "deleteSentence" | "moveParagraph";
const EDITS: Edit[] = ["insertWords", "deleteWords", "replaceWord", "copySentence", "deleteSentence", "moveParagraph"];

/**
 * Applies `count` random edits to text. Edits never touch a character whose old offset lies in one
 * of the `keepAway` ranges, nor insert next to one, nor move a paragraph that holds only part of one.
 * With `focus`, most edits start at a word in or near one of those ranges.
 */
export function randomRevision(
  text: string,
  random: () => number,
  count: number,
  { keepAway = [], focus = [] }: { keepAway?: TextRange[]; focus?: TextRange[] } = {},
): Revision {
  // UTF-16 code units, like the offsets (the corpus has no characters outside the BMP).
  const chars = text.split("").map((char, i) => ({ char, origin: i }));
  const words = text.match(/[\p{L}\p{N}’']+/gu) ?? ["word"];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const guarded = (origin: number) => keepAway.some((r) => origin >= r.start && origin < r.end);
  const free = (from: number, to: number) => {
    for (let i = Math.max(0, from - 1); i <= Math.min(chars.length - 1, to); i++) {
      if (guarded(chars[i]!.origin)) return false;
    }
    return true;
  };
  const wordStarts = () =>
    chars.flatMap((c, i) => (/\S/.test(c.char) && (i === 0 || /\s/.test(chars[i - 1]!.char)) ? [i] : []));
  const wordEnd = (i: number) => {
    while (i < chars.length && /\S/.test(chars[i]!.char)) i++;
    return i;
  };
  const inserted = (s: string) => Array.from(s, (char) => ({ char, origin: -1 }));
  const sentenceAround = (i: number) => {
    const joined = chars.map((c) => c.char).join("");
    const start = Math.max(joined.lastIndexOf(". ", i) + 2, joined.lastIndexOf("\n", i) + 1, 0);
    const stop = joined.indexOf(". ", i);
    const end = stop < 0 ? chars.length : stop + 2;
    return { start, end };
  };

  for (let done = 0, attempts = 0; done < count && attempts < count * 20; attempts++) {
    const starts = wordStarts();
    if (starts.length < 3) break;
    const near = (i: number) => focus.some((r) => chars[i]!.origin >= r.start - 16 && chars[i]!.origin < r.end + 16);
    const focused = focus.length > 0 && random() < 0.7 ? starts.filter(near) : [];
    const at = pick(focused.length > 0 ? focused : starts);
    const edit = pick(EDITS);
    if (edit === "insertWords" && free(at, at)) {
      const phrase = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(words)).join(" ");
      chars.splice(at, 0, ...inserted(`${phrase} `));
    } else if (edit === "deleteWords") {
      let end = at;
      for (let n = 1 + Math.floor(random() * 4); n > 0 && end < chars.length; n--) end = wordEnd(end) + 1;
      end = Math.min(end, chars.length);
      if (!free(at, end) || chars.slice(at, end).some((c) => c.char === "\n")) continue;
      chars.splice(at, end - at);
    } else if (edit === "replaceWord") {
      const end = wordEnd(at);
      if (!free(at, end)) continue;
      chars.splice(at, end - at, ...inserted(pick(words)));
    } else if (edit === "copySentence") {
      const { start, end } = sentenceAround(at);
      const target = pick(starts);
      // A copy of the guarded text would be a second claim's worth of the same words and context.
      if (!free(target, target) || !free(start, end)) continue;
      chars.splice(
        target,
        0,
        ...inserted(
          chars
            .slice(start, end)
            .map((c) => c.char)
            .join(""),
        ),
      );
    } else if (edit === "deleteSentence") {
      const { start, end } = sentenceAround(at);
      if (!free(start, end)) continue;
      chars.splice(start, end - start);
    } else if (edit === "moveParagraph") {
      if (!moveRandomParagraph(chars, random, guarded)) continue;
    } else continue;
    done++;
  }
  return { text: chars.map((c) => c.char).join(""), origin: chars.map((c) => c.origin) };
}

function moveRandomParagraph(
  chars: { char: string; origin: number }[],
  random: () => number,
  guarded: (origin: number) => boolean,
): boolean {
  const joined = chars.map((c) => c.char).join("");
  const breaks = [...joined.matchAll(/\n\n/g)].map((m) => m.index);
  if (breaks.length < 2) return false;
  // Paragraph k runs from bounds[k] to the break after it; each moved piece takes its break along.
  const bounds = [0, ...breaks.map((b) => b + 2)];
  const k = Math.floor(random() * (bounds.length - 1));
  const start = bounds[k]!;
  const end = bounds[k + 1]!;
  const piece = chars.slice(start, end);
  const someGuarded = piece.some((c) => guarded(c.origin));
  const neighbours = [chars[start - 1], chars[end]].some((c) => c && guarded(c.origin));
  if (someGuarded || neighbours) return false;
  chars.splice(start, end - start);
  const rest = [
    0,
    ...[
      ...chars
        .map((c) => c.char)
        .join("")
        .matchAll(/\n\n/g),
    ].map((m) => m.index + 2),
  ];
  const to = rest[Math.floor(random() * rest.length)]!;
  if ([chars[to - 1], chars[to]].some((c) => c && guarded(c.origin))) {
    chars.splice(start, 0, ...piece);
    return false;
  }
  chars.splice(to, 0, ...piece);
  return true;
}
