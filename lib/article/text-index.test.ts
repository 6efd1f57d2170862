import { describe, expect, it } from "vitest";

import type { ArticleDoc } from "@/lib/article/doc";
import { importArticleBody } from "@/lib/article/import-body";
import { seededRandom } from "@/lib/article/testing/random-html";
import { buildTextIndex, docPosToTextOffset, textOffsetToDocPos } from "@/lib/article/text-index";

const fromHtml = (body: string) => importArticleBody({ format: "html", body }).doc;

// "ab\n\ncd": paragraph at 0 (content 1..3), rule at 4, list at 5, item at 6, paragraph at 7 (content 8..10)
const RULE_AND_LIST = buildTextIndex(fromHtml("<p>ab</p><hr><ul><li>cd</li></ul>"));

describe("buildTextIndex", () => {
  it("joins textblocks with a blank line; hard breaks are newlines, rules add nothing", () => {
    const doc = fromHtml(
      "<h2>Title</h2><p>a<br>b</p><hr><ul><li>item<blockquote>quote</blockquote></li></ul><pre>x\n y</pre>",
    );
    expect(buildTextIndex(doc).text).toBe("Title\n\na\nb\n\nitem\n\nquote\n\nx\n y");
  });

  it("gives an empty paragraph an empty block between separators", () => {
    const doc: ArticleDoc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "a" }] },
        { type: "paragraph" },
        { type: "paragraph", content: [{ type: "text", text: "b" }] },
      ],
    };
    expect(buildTextIndex(doc).text).toBe("a\n\n\n\nb");
  });

  it("records each textblock's text range and content positions", () => {
    expect(RULE_AND_LIST).toEqual({
      text: "ab\n\ncd",
      segments: [
        { textStart: 0, textEnd: 2, docStart: 1, docEnd: 3 },
        { textStart: 4, textEnd: 6, docStart: 8, docEnd: 10 },
      ],
    });
  });
});

describe("textOffsetToDocPos", () => {
  it("maps offsets inside a textblock linearly", () => {
    expect([0, 1, 2, 4, 5, 6].map((offset) => textOffsetToDocPos(RULE_AND_LIST, offset, "start"))).toEqual([
      1, 2, 3, 8, 9, 10,
    ]);
  });

  it("moves an offset inside a block separator by bias", () => {
    expect(textOffsetToDocPos(RULE_AND_LIST, 3, "start")).toBe(8);
    expect(textOffsetToDocPos(RULE_AND_LIST, 3, "end")).toBe(3);
  });

  it("keeps offsets at a textblock's edges in that textblock, whatever the bias", () => {
    expect(textOffsetToDocPos(RULE_AND_LIST, 2, "start")).toBe(3);
    expect(textOffsetToDocPos(RULE_AND_LIST, 4, "end")).toBe(8);
  });

  it("rejects offsets outside the text", () => {
    expect(() => textOffsetToDocPos(RULE_AND_LIST, -1, "start")).toThrow(RangeError);
    expect(() => textOffsetToDocPos(RULE_AND_LIST, 7, "end")).toThrow(RangeError);
    expect(() => textOffsetToDocPos(RULE_AND_LIST, 1.5, "end")).toThrow(RangeError);
  });

  it("maps to 0 in a document without textblocks", () => {
    const index = buildTextIndex({
      type: "doc",
      content: [{ type: "horizontalRule" }],
    });
    expect(index).toEqual({ text: "", segments: [] });
    expect(textOffsetToDocPos(index, 0, "start")).toBe(0);
    expect(docPosToTextOffset(index, 1)).toBe(0);
  });
});

describe("docPosToTextOffset", () => {
  it("snaps positions between textblocks forward by default and with start, back with end", () => {
    const positions = Array.from({ length: 14 }, (_, pos) => pos);
    expect(positions.map((pos) => docPosToTextOffset(RULE_AND_LIST, pos))).toEqual([
      0, 0, 1, 2, 4, 4, 4, 4, 4, 5, 6, 6, 6, 6,
    ]);
    expect(positions.map((pos) => docPosToTextOffset(RULE_AND_LIST, pos, "start"))).toEqual([
      0, 0, 1, 2, 4, 4, 4, 4, 4, 5, 6, 6, 6, 6,
    ]);
    expect(positions.map((pos) => docPosToTextOffset(RULE_AND_LIST, pos, "end"))).toEqual([
      0, 0, 1, 2, 2, 2, 2, 2, 4, 5, 6, 6, 6, 6,
    ]);
  });
});

// Speed is measured by `npm run bench`; this checks a large index answers lookups correctly.
describe("text index on a long article", () => {
  it("builds for 10,000 words and answers 500 lookups each way", () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i}`);
    const paragraphs = Array.from({ length: 500 }, (_, i) => words.slice(i * 20, i * 20 + 20).join(" "));
    const doc = importArticleBody({
      format: "text",
      body: paragraphs.join("\n\n"),
    }).doc;
    const index = buildTextIndex(doc);
    const random = seededRandom(42);
    for (let i = 0; i < 500; i++) {
      const offset = Math.floor(random() * index.text.length);
      const pos = textOffsetToDocPos(index, offset, "start");
      expect(docPosToTextOffset(index, pos)).toBeGreaterThanOrEqual(offset);
    }
    expect(index.segments).toHaveLength(500);
  });
});
