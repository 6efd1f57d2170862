import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, parseHeadline, snippetSegments } from "@/lib/search/snippet";

describe("parseHeadline", () => {
  it("turns the markers into ranges of the plain text", () => {
    const snippet = parseHeadline(`He met ${S}Kislyak${E} twice, ${S}aides${E} said`);
    expect(snippet.text).toBe("He met Kislyak twice, aides said");
    expect(snippet.highlights).toEqual([
      [7, 14],
      [22, 27],
    ]);
  });

  it("keeps markup in the text as text", () => {
    const snippet = parseHeadline(`<script>${S}alert${E}</script>`);
    expect(snippet.text).toBe("<script>alert</script>");
    expect(snippet.highlights).toEqual([[8, 13]]);
  });

  it("ignores empty and unclosed marks sensibly", () => {
    expect(parseHeadline(`a${S}${E}b`).highlights).toEqual([]);
    expect(parseHeadline(`a ${S}bc`).highlights).toEqual([[2, 4]]);
  });
});

describe("snippetSegments", () => {
  it("cuts the text into plain and highlighted runs", () => {
    expect(snippetSegments({ text: "one two three", highlights: [[4, 7]] })).toEqual([
      { text: "one ", highlighted: false },
      { text: "two", highlighted: true },
      { text: " three", highlighted: false },
    ]);
  });

  it("skips ranges outside the text or overlapping the one before", () => {
    expect(
      snippetSegments({
        text: "abc",
        highlights: [
          [0, 2],
          [1, 3],
          [2, 9],
        ],
      }),
    ).toEqual([
      { text: "ab", highlighted: true },
      { text: "c", highlighted: false },
    ]);
  });
});
