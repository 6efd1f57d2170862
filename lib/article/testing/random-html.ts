// Test-only: seeded tag soup for property tests. Deterministic, so a failure reproduces by seed.

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "Sessions",
  "met",
  "twice",
  "the",
  "Russians",
  "“quoted”",
  "a&b",
  "x<y",
  "👍",
  "é",
  "\u00a0",
  "two  spaces",
];
const SPACES = [" ", "  ", "\n", "\t", " \n  ", ""];
const INLINE_TAGS = ["b", "strong", "i", "em", "u", "s", "del", "code", "span", "a"];
const BLOCK_TAGS = ["p", "h2", "div", "blockquote", "ul", "ol", "li", "pre", "section", "hr", "br"];

export function randomHtml(random: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.4 || depth > 3) {
      parts.push(pick(SPACES) + pick(WORDS) + pick(SPACES));
    } else if (roll < 0.7) {
      const tag = pick(INLINE_TAGS);
      const attrs =
        tag === "a" ? ` href="${pick(["https://ex.com/?a=1&amp;b=2", "javascript:alert(1)", "/relative"])}"` : "";
      parts.push(`<${tag}${attrs}>${randomHtml(random, depth + 1)}</${tag}>`);
    } else {
      const tag = pick(BLOCK_TAGS);
      parts.push(tag === "hr" || tag === "br" ? `<${tag}>` : `<${tag}>${randomHtml(random, depth + 1)}</${tag}>`);
    }
  }
  return parts.join("");
}
