import { describe, expect, it } from "vitest";

import type { ArticleDoc } from "@/lib/article/doc";
import { importArticleBody } from "@/lib/article/import-body";
import { parseArticleHtml } from "@/lib/article/parse-html";
import { serializeArticleHtml } from "@/lib/article/serialize-html";
import { HTML_FIXTURES, SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";
import { randomHtml, seededRandom } from "@/lib/article/testing/random-html";

const reparse = (doc: ArticleDoc) => parseArticleHtml(serializeArticleHtml(doc), { whitespace: "preserve" });

describe("serializeArticleHtml", () => {
  it("writes canonical HTML with no whitespace between tags", () => {
    const doc: ArticleDoc = {
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 2 },
          content: [{ type: "text", text: "T" }],
        },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "a",
              marks: [
                {
                  type: "link",
                  attrs: { href: 'https://x.example/?q="1"&r=<2>' },
                },
                { type: "bold" },
              ],
            },
            { type: "hardBreak" },
            {
              type: "text",
              text: "<b> & </b>",
              marks: [{ type: "italic" }, { type: "strike" }, { type: "underline" }],
            },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 1 },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
        {
          type: "orderedList",
          attrs: { start: 7 },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                {
                  type: "paragraph",
                  content: [{ type: "text", text: "i", marks: [{ type: "code" }] }],
                },
              ],
            },
          ],
        },
        { type: "blockquote", content: [{ type: "horizontalRule" }] },
        { type: "codeBlock", content: [{ type: "text", text: "\n<x>\n" }] },
        { type: "codeBlock" },
      ],
    };
    expect(serializeArticleHtml(doc)).toBe(
      "<h2>T</h2>" +
        '<p><a href="https://x.example/?q=&quot;1&quot;&amp;r=&lt;2&gt;"><strong>a</strong></a><br><em><s><u>&lt;b&gt; &amp; &lt;/b&gt;</u></s></em></p>' +
        '<ol><li><p></p></li></ol><ol start="7"><li><p></p></li></ol><ul><li><p><code>i</code></p></li></ul>' +
        "<blockquote><hr></blockquote><pre><code>\n&lt;x&gt;\n</code></pre><pre><code></code></pre>",
    );
    expect(reparse(doc)).toEqual(doc);
  });

  it.each([
    ["double spaces", "a  b   c"],
    ["edge spaces inside marks", "<p>Hello<b> bold</b><i>  italic </i> plain</p>"],
    ["nested lists", "<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li></ul>"],
    ["links", `<p><a href="https://a.example/?x=1&amp;y=&quot;2&quot;">l</a> <a href="mailto:a@b.c">m</a></p>`],
    ["hard breaks", "<p>a<br>b<br><br>c</p>"],
    ...Object.entries(HTML_FIXTURES),
  ])("reads back what it wrote: %s", (_, body) => {
    for (const format of ["text", "html"] as const) {
      const { doc } = importArticleBody({ format, body });
      expect(reparse(doc)).toEqual(doc);
    }
  });

  it("reads back the seed article", () => {
    const { doc } = importArticleBody({
      format: "text",
      body: SEED_ARTICLE_TEXT,
    });
    expect(reparse(doc)).toEqual(doc);
  });

  it("reads back whatever the importers make of 500 random pieces of tag soup", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const body = randomHtml(seededRandom(seed));
      for (const format of ["text", "html"] as const) {
        const { doc } = importArticleBody({ format, body });
        expect(reparse(doc), `seed ${seed}, ${format}`).toEqual(doc);
      }
    }
  });
});
