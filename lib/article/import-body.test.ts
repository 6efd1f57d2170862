import type { JSONContent } from "@tiptap/core";
import { describe, expect, expectTypeOf, it } from "vitest";

import type { ArticleDoc } from "@/lib/article/doc";
import { docFromStoredHtml, importArticleBody, type ArticleBodyInput } from "@/lib/article/import-body";
import { HTML_FIXTURES, SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";
import { randomHtml, seededRandom } from "@/lib/article/testing/random-html";
import { readerSchema } from "@/lib/article/testing/tiptap-schema";
import { buildTextIndex } from "@/lib/article/text-index";

const INPUTS: [string, ArticleBodyInput][] = [
  ["seed article", { format: "text", body: SEED_ARTICLE_TEXT }],
  ["seed article as HTML", { format: "html", body: `<p>${SEED_ARTICLE_TEXT}</p>` }],
  ["plain text with breaks", { format: "text", body: "  One  two\nthree\n\n\n four <b>&amp;</b>  \r\n" }],
  ["empty text", { format: "text", body: "" }],
  ["empty HTML", { format: "html", body: "<script>only()</script>" }],
  ...Object.entries(HTML_FIXTURES).map(([name, body]): [string, ArticleBodyInput] => [name, { format: "html", body }]),
  ...Array.from({ length: 100 }, (_, i): [string, ArticleBodyInput] => [
    `random soup ${i + 1}`,
    {
      format: i % 2 ? "text" : "html",
      body: randomHtml(seededRandom(1000 + i)),
    },
  ]),
];

/** ProseMirror's toJSON() spells out every attribute; ours leaves the schema defaults to it. */
function withoutDefaultAttrs(node: JSONContent): JSONContent {
  const { attrs, content, marks, ...rest } = node;
  const kept = Object.fromEntries(Object.entries(attrs ?? {}).filter(([, value]) => value !== null));
  return {
    ...rest,
    ...(Object.keys(kept).length > 0 ? { attrs: kept } : {}),
    ...(marks
      ? {
          marks: marks.map((mark) =>
            mark.type === "link" ? { type: "link", attrs: { href: mark.attrs?.href } } : mark,
          ),
        }
      : {}),
    ...(content ? { content: content.map(withoutDefaultAttrs) } : {}),
  };
}

describe("importArticleBody", () => {
  it.each(INPUTS)("stores HTML that reads back to the same contentText: %s", (_, input) => {
    const { contentHtml, contentText, doc } = importArticleBody(input);
    expect(buildTextIndex(docFromStoredHtml(contentHtml)).text).toBe(contentText);
    expect(docFromStoredHtml(contentHtml)).toEqual(doc);
  });

  it.each(INPUTS)("emits a document the reading view's schema accepts unchanged: %s", (_, input) => {
    const { doc } = importArticleBody(input);
    const pmDoc = readerSchema.nodeFromJSON(doc);
    expect(() => pmDoc.check()).not.toThrow();
    expect(withoutDefaultAttrs(pmDoc.toJSON() as JSONContent)).toEqual(doc);
  });

  it("imports the seed article as one paragraph of text", () => {
    const { contentHtml, contentText } = importArticleBody({
      format: "text",
      body: SEED_ARTICLE_TEXT,
    });
    expect(contentText).toBe(SEED_ARTICLE_TEXT.trim());
    expect(contentHtml).toBe(`<p>${SEED_ARTICLE_TEXT.trim()}</p>`); // the seed has no characters to escape
    for (const phrase of [
      "did not have communications with the Russians",
      "I never met with any Russian officials to discuss issues of the campaign",
      "the Senator had over 25 conversations with foreign ambassadors",
    ]) {
      expect(contentText).toContain(phrase);
    }
  });

  it("escapes text that looks like markup when importing plain text", () => {
    const { contentHtml, contentText } = importArticleBody({
      format: "text",
      body: "<script>alert(1)</script> & co",
    });
    expect(contentHtml).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
    expect(contentText).toBe("<script>alert(1)</script> & co");
  });

  it.each(["text", "html"] as const)("removes characters that cannot be stored, even as entities (%s)", (format) => {
    const body = format === "text" ? "a\u0000b\u0001c" : "<p>a\u0000b&#1;c&#0;</p>";
    expect(importArticleBody({ format, body }).contentText).toBe(format === "text" ? "abc" : "abc\ufffd");
  });

  it("produces values Tiptap's JSONContent type accepts", () => {
    expectTypeOf<ArticleDoc>().toExtend<JSONContent>();
  });
});
