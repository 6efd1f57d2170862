import { describe, expect, it } from "vitest";

import { docFromPlainText } from "@/lib/article/plain-text";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";
import { buildTextIndex } from "@/lib/article/text-index";

const textOf = (input: string) => buildTextIndex(docFromPlainText(input)).text;

describe("docFromPlainText", () => {
  it("splits paragraphs on blank lines and turns single newlines into hard breaks", () => {
    expect(docFromPlainText("one\ntwo\n\nthree")).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "one" }, { type: "hardBreak" }, { type: "text", text: "two" }],
        },
        { type: "paragraph", content: [{ type: "text", text: "three" }] },
      ],
    });
  });

  it.each([
    ["CRLF", "a\r\nb\r\n\r\nc", "a\nb\n\nc"],
    ["old Mac CR", "a\rb\r\rc", "a\nb\n\nc"],
    ["several blank lines", "a\n\n\n\nb", "a\n\nb"],
    ["whitespace-only lines", "a\n  \t \n \nb", "a\n\nb"],
    ["paragraph edges", "  \n  a  b  \n\n\t c \n", "a  b\n\nc"],
    ["internal runs of spaces", "a  b   c\td", "a  b   c\td"],
    ["spaces around a line break", "a  \n  b", "a  \n  b"],
  ])("handles %s", (_, input, expected) => {
    expect(textOf(input)).toBe(expected);
  });

  it("returns one empty paragraph for blank input", () => {
    expect(docFromPlainText(" \n\n \t")).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
  });

  it("keeps the seed article as one paragraph with its double spaces and curly quotes", () => {
    const doc = docFromPlainText(SEED_ARTICLE_TEXT);
    expect(doc.content).toHaveLength(1);
    const text = buildTextIndex(doc).text;
    expect(text).toBe(SEED_ARTICLE_TEXT.trim());
    expect(text.startsWith("(CNN) Attorney General")).toBe(true);
    expect(text).toContain("recuse himself from   inquiries");
    expect(text).toContain("Trump’s former national security adviser");
  });
});
