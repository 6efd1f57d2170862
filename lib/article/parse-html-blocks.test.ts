import { describe, expect, it } from "vitest";

import type { ArticleDoc, BlockNode, ListItemNode, ParagraphNode, TextNode } from "@/lib/article/doc";
import { parseArticleHtml } from "@/lib/article/parse-html";
import { buildTextIndex } from "@/lib/article/text-index";

const collapse = (html: string) => parseArticleHtml(html, { whitespace: "collapse" });
const textOf = (doc: ArticleDoc) => buildTextIndex(doc).text;
const text = (value: string): TextNode => ({ type: "text", text: value });

describe("block structure from HTML", () => {
  it("builds headings, lists with a leading paragraph, blockquotes, rules and code blocks", () => {
    const doc = collapse(
      `<h3>T</h3><ol start="4"><li>a</li><li><ul><li>n</li></ul></li></ol><blockquote>q<p>r</p></blockquote><hr><pre><b>c</b></pre>`,
    );
    const item = (content: [ParagraphNode, ...BlockNode[]]): ListItemNode => ({
      type: "listItem",
      content,
    });
    const paragraph = (value: string): ParagraphNode => ({
      type: "paragraph",
      content: [text(value)],
    });
    expect(doc).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 3 }, content: [text("T")] },
        {
          type: "orderedList",
          attrs: { start: 4 },
          content: [
            item([paragraph("a")]),
            item([{ type: "paragraph" }, { type: "bulletList", content: [item([paragraph("n")])] }]),
          ],
        },
        { type: "blockquote", content: [paragraph("q"), paragraph("r")] },
        { type: "horizontalRule" },
        { type: "codeBlock", content: [text("c")] },
      ],
    });
  });

  it("drops empty list items, lists and blockquotes, and gives stray list content its own item", () => {
    expect(collapse("<ul><li> </li></ul><ol></ol><blockquote> </blockquote>")).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
    expect(textOf(collapse("<ul><li>a</li>stray<li>b</li></ul><li>orphan</li>"))).toBe("a\n\nstray\n\nb\n\norphan");
  });

  it("reads an ordered list's start only when it is an integer", () => {
    const starts = ["<ol><li>a</li></ol>", '<ol start="x"><li>a</li></ol>', '<ol start="-2"><li>a</li></ol>'].map(
      (html) => collapse(html).content[0],
    );
    expect(starts.map((list) => (list?.type === "orderedList" ? list.attrs.start : null))).toEqual([1, 1, -2]);
  });
});
