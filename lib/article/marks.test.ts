// How nested HTML formatting becomes marks; see marks.ts for the rules ProseMirror imposes.
import { describe, expect, it } from "vitest";

import type { FormattingMark, TextNode } from "@/lib/article/doc";
import { addMark } from "@/lib/article/marks";
import { parseArticleHtml } from "@/lib/article/parse-html";

const collapse = (html: string) => parseArticleHtml(html, { whitespace: "collapse" });
const text = (value: string, ...marks: FormattingMark["type"][]): TextNode => ({
  type: "text",
  text: value,
  marks: marks.map((type) => ({ type })),
});

describe("marks from HTML", () => {
  it("maps tags to marks in schema order and merges equal neighbours", () => {
    const doc = collapse(
      "<p><i>a</i><em>b</em><b><i>c</i></b><strong>d</strong><s>e</s><strike>f</strike><del>g</del><u>h</u></p>",
    );
    expect(doc.content[0]).toEqual({
      type: "paragraph",
      content: [
        text("ab", "italic"),
        text("c", "bold", "italic"),
        text("d", "bold"),
        { type: "text", text: "efg", marks: [{ type: "strike" }] },
        { type: "text", text: "h", marks: [{ type: "underline" }] },
      ],
    });
  });

  it("lets code exclude every other mark, as the schema requires", () => {
    const doc = collapse(`<p><b>x<code>code</code></b><code><a href="https://a.example">y</a></code></p>`);
    expect(doc.content[0]).toEqual({
      type: "paragraph",
      content: [text("x", "bold"), text("codey", "code")],
    });
  });

  it("keeps only safe links, with the innermost href winning", () => {
    const doc = collapse(
      `<p><a href=" https://a.example ">a<a href="mailto:x@y.z">b</a></a><a href="/rel">c</a><a href="javascript:x">d</a></p>`,
    );
    expect(doc.content[0]).toEqual({
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "a",
          marks: [{ type: "link", attrs: { href: "https://a.example" } }],
        },
        {
          type: "text",
          text: "b",
          marks: [{ type: "link", attrs: { href: "mailto:x@y.z" } }],
        },
        { type: "text", text: "cd" },
      ],
    });
  });

  it("keeps an existing code mark alone, as ProseMirror's addToSet does", () => {
    expect(addMark([{ type: "code" }], { type: "bold" })).toEqual([{ type: "code" }]);
    expect(addMark([{ type: "underline" }, { type: "bold" }], { type: "code" })).toEqual([{ type: "code" }]);
    expect(
      addMark([{ type: "underline" }], {
        type: "link",
        attrs: { href: "https://a.example" },
      }),
    ).toEqual([{ type: "link", attrs: { href: "https://a.example" } }, { type: "underline" }]);
  });
});
