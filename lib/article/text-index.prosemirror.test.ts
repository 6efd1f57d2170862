// The text index must agree with the editor: these tests build the real ProseMirror document with
// the reading view's schema and compare offsets and positions against it.
import type { Node as PmNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";

import type { ArticleDoc } from "@/lib/article/doc";
import { importArticleBody } from "@/lib/article/import-body";
import { HTML_FIXTURES, SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";
import { randomHtml, seededRandom } from "@/lib/article/testing/random-html";
import { readerSchema } from "@/lib/article/testing/tiptap-schema";
import { buildTextIndex, docPosToTextOffset, textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";

// How the editor's own text extraction must be called to agree with contentText: a blank line
// between textblocks, "\n" for a hard break and nothing for other leaves (the horizontal rule).
const leafText = (node: PmNode) => (node.type.name === "hardBreak" ? "\n" : "");
const pmText = (doc: PmNode, from: number, to: number) => doc.textBetween(from, to, "\n\n", leafText);

const fromHtml = (body: string) => importArticleBody({ format: "html", body }).doc;
const SEED_DOC = importArticleBody({
  format: "text",
  body: SEED_ARTICLE_TEXT,
}).doc;
const RULES_AND_EMPTY: ArticleDoc = {
  type: "doc",
  content: [{ type: "horizontalRule" }, { type: "paragraph" }, { type: "horizontalRule" }, { type: "paragraph" }],
};
const DOCS: [string, ArticleDoc][] = [
  ["seed article", SEED_DOC],
  ...Object.entries(HTML_FIXTURES).map(([name, html]): [string, ArticleDoc] => [name, fromHtml(html)]),
  ["empty paragraphs between rules", RULES_AND_EMPTY],
];

/** Offsets that are not strictly inside a block separator, i.e. that have a position of their own. */
function offsetsWithPositions(index: TextIndex): number[] {
  return index.segments.flatMap((s) => Array.from({ length: s.textEnd - s.textStart + 1 }, (_, i) => s.textStart + i));
}

function expectRandomRangesToAgree(doc: ArticleDoc, seed: number, count: number): void {
  const pmDoc = readerSchema.nodeFromJSON(doc);
  const index = buildTextIndex(doc);
  const offsets = offsetsWithPositions(index);
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const a = offsets[Math.floor(random() * offsets.length)] ?? 0;
    const b = offsets[Math.floor(random() * offsets.length)] ?? 0;
    const [start, end] = a <= b ? [a, b] : [b, a];
    const from = textOffsetToDocPos(index, start, "start");
    const to = textOffsetToDocPos(index, end, "end");
    expect(pmText(pmDoc, from, to), `seed ${seed}, [${start}, ${end})`).toBe(index.text.slice(start, end));
  }
}

describe("the text index against ProseMirror", () => {
  it.each(DOCS)("matches the editor's text, textblocks and every offset: %s", (_, doc) => {
    const pmDoc = readerSchema.nodeFromJSON(doc);
    const index = buildTextIndex(doc);
    expect(pmText(pmDoc, 0, pmDoc.content.size)).toBe(index.text);
    for (const segment of index.segments) {
      const $start = pmDoc.resolve(segment.docStart);
      expect($start.parent.isTextblock).toBe(true);
      expect($start.parentOffset).toBe(0);
      expect($start.end()).toBe(segment.docEnd);
    }
    for (const offset of offsetsWithPositions(index)) {
      const pos = textOffsetToDocPos(index, offset, "start");
      if (offset < index.text.length && index.text[offset] !== "\n") {
        expect(pmText(pmDoc, pos, pos + 1)).toBe(index.text[offset]);
      }
      expect(docPosToTextOffset(index, pos)).toBe(offset);
    }
  });

  it.each(DOCS)("maps 300 random ranges to the same text in the editor: %s", (name, doc) => {
    expectRandomRangesToAgree(doc, name.length, 300);
  });

  it("maps 50 random ranges in each of 200 random imports", () => {
    for (let seed = 1; seed <= 200; seed++) {
      expectRandomRangesToAgree(fromHtml(randomHtml(seededRandom(seed))), seed, 50);
    }
  });

  it("finds the seed article's phrases in the editor", () => {
    const pmDoc = readerSchema.nodeFromJSON(SEED_DOC);
    const index = buildTextIndex(SEED_DOC);
    for (const phrase of [
      "did not have communications with the Russians",
      "I never met with any Russian officials to discuss issues of the campaign",
      "the Senator had over 25 conversations with foreign ambassadors",
    ]) {
      const start = index.text.indexOf(phrase);
      const from = textOffsetToDocPos(index, start, "start");
      expect(from).toBe(start + 1); // one paragraph: its content starts at position 1
      expect(pmText(pmDoc, from, textOffsetToDocPos(index, start + phrase.length, "end"))).toBe(phrase);
    }
  });

  it.each(DOCS)("maps positions monotonically, so a selection's ends never cross: %s", (_, doc) => {
    const size = readerSchema.nodeFromJSON(doc).content.size;
    const index = buildTextIndex(doc);
    for (const bias of ["start", "end"] as const) {
      const offsets = Array.from({ length: size + 1 }, (_, pos) => docPosToTextOffset(index, pos, bias));
      expect(offsets.every((offset, i) => i === 0 || offset >= (offsets[i - 1] ?? 0))).toBe(true);
      expect(offsets.at(-1)).toBe(index.text.length);
    }
  });
});
