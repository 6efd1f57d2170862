import { describe, expect, it } from "vitest";

import type { ArticleDoc, TextNode } from "@/lib/article/doc";
import { parseArticleHtml } from "@/lib/article/parse-html";
import { buildTextIndex } from "@/lib/article/text-index";

const collapse = (html: string) => parseArticleHtml(html, { whitespace: "collapse" });
const preserve = (html: string) => parseArticleHtml(html, { whitespace: "preserve" });
const textOf = (doc: ArticleDoc) => buildTextIndex(doc).text;
const text = (value: string): TextNode => ({ type: "text", text: value });

describe("parseArticleHtml, collapse", () => {
  it.each([
    ["runs of whitespace and newlines become one space", "<p>one  two\n\tthree</p>", "one two three"],
    ["whitespace at block edges is trimmed", "<p>\n  padded  \n</p>", "padded"],
    ["a space after a space in another element is dropped", "<p>a <b> b</b></p>", "a b"],
    ["spaces around a line break are dropped", "<p>a  <br>  b</p>", "a\nb"],
    ["a trailing line break draws no line", "<p>a<br></p>", "a"],
    ["whitespace between blocks is dropped", "<p>a</p>\n   \n<p>b</p>", "a\n\nb"],
    ["non-breaking spaces are content", "<p>&nbsp;a&nbsp;&nbsp;b&nbsp;</p>", "\u00a0a\u00a0\u00a0b\u00a0"],
    ["entities are decoded", "<p>&lt;&amp;&gt; &quot;&#39; &eacute; &#x1F44D;</p>", "<&> \"' é 👍"],
    ["empty and blank paragraphs are dropped", "<p></p><p> </p><p><br></p><p>x</p>", "x"],
    [
      "div, section and article end paragraphs",
      "<div>a<div>b</div>c</div><section>d</section><article>e</article>",
      "a\n\nb\n\nc\n\nd\n\ne",
    ],
    ["spans are unwrapped without a break", "<p>a<span>b</span>c</p>", "abc"],
    [
      "inline content outside any block becomes a paragraph",
      "loose <b>text</b><p>para</p> tail ",
      "loose text\n\npara\n\ntail",
    ],
    [
      "pre keeps whitespace, drops the first newline and trailing ones",
      "<pre>\n  a  b\n\n c\n\n</pre>",
      "  a  b\n\n c",
    ],
    ["br inside pre is a newline", "<pre>a<br>b</pre>", "a\nb"],
    ["script and style text never becomes article text", "<p>a<script>x()</script><style>p{}</style>b</p>", "ab"],
    ["comments are ignored", "<p>a<!-- note -->b</p>", "ab"],
    ["a horizontal rule separates without adding text", "<p>a</p><hr><p>b</p>", "a\n\nb"],
    ["CRLF inside pre becomes LF", "<pre>a\r\nb\rc</pre>", "a\nb\nc"],
  ])("%s", (_, html, expected) => {
    expect(textOf(collapse(html))).toBe(expected);
  });

  it("returns one empty paragraph when nothing readable is left", () => {
    expect(collapse("")).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
    expect(collapse("  <script>x</script> <p> </p>")).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
  });
});

describe("parseArticleHtml, preserve", () => {
  it("keeps text verbatim, including double and edge spaces", () => {
    const doc = preserve("<p> two  spaces <b> bold </b></p><p>\n tabs\there</p>");
    expect(doc.content).toEqual([
      {
        type: "paragraph",
        content: [text(" two  spaces "), { ...text(" bold "), marks: [{ type: "bold" }] }],
      },
      { type: "paragraph", content: [text("\n tabs\there")] },
    ]);
  });

  it("keeps explicit empty paragraphs but ignores formatting whitespace between tags", () => {
    expect(preserve("<p></p>\n  <p>a</p>\n").content).toEqual([
      { type: "paragraph" },
      { type: "paragraph", content: [text("a")] },
    ]);
  });

  it("keeps a code block's newlines exactly", () => {
    expect(preserve("<pre><code>\na\n\n</code></pre>").content).toEqual([
      { type: "codeBlock", content: [text("\na\n\n")] },
    ]);
  });
});
