import { describe, expect, it } from "vitest";
import type { ArticleDoc, BlockNode, ListItemNode } from "@/lib/article/doc";
import { boundNesting, MAX_ARTICLE_NESTING_DEPTH } from "@/lib/article/bound-nesting";
import { cleanArticleInput } from "@/lib/article/clean-input";
import { importArticleBody } from "@/lib/article/import-body";
import { markdownToHtml } from "@/lib/article/markdown-to-html";
import { parseArticleHtml } from "@/lib/article/parse-html";
import { sanitizeArticleHtml } from "@/lib/article/sanitize";

const importHtml = (body: string) => importArticleBody({ format: "html", body });

/** How deep the doc's blocks nest, walked with a stack: the point is that nothing here recurses. */
function docDepth(doc: ArticleDoc): number {
  let deepest = 0;
  const stack: [BlockNode | ListItemNode, number][] = doc.content.map((block) => [block, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if ("content" in node && node.content && node.type !== "paragraph" && node.type !== "heading") {
      if (node.type !== "codeBlock") for (const child of node.content) stack.push([child as BlockNode, depth + 1]);
    }
  }
  return deepest;
}

describe("boundNesting: hostile depth", () => {
  it("reads 300,000 unclosed <div>s without overflowing, keeping the text", () => {
    const { contentText } = importHtml(`<p>a</p>${"<div>".repeat(300_000)}deep text`);
    expect(contentText).toBe("a\n\ndeep text");
  });

  it(`keeps ${MAX_ARTICLE_NESTING_DEPTH} levels of 2,000 nested blockquotes and every quote's text`, () => {
    const { doc, contentText } = importHtml(
      Array.from({ length: 2000 }, (_, i) => `<blockquote><p>q${i}</p>`).join(""),
    );
    expect(docDepth(doc)).toBe(MAX_ARTICLE_NESTING_DEPTH + 1);
    expect(contentText.split("\n").filter((line) => line !== "")).toEqual(
      Array.from({ length: 2000 }, (_, i) => `q${i}`),
    );
  });

  it("flattens lists nested 5,000 deep, keeping every item's text", () => {
    const { doc, contentText } = importHtml("<ul><li>item ".repeat(5000));
    expect(docDepth(doc)).toBeLessThanOrEqual(MAX_ARTICLE_NESTING_DEPTH + 1);
    expect(contentText.match(/item/g)).toHaveLength(5000);
  });

  it("keeps the text under 100,000 nested inline marks", () => {
    const { contentText, contentHtml } = importHtml(`${"<b><i>".repeat(50_000)}marked words`);
    expect(contentText).toBe("marked words");
    expect(contentHtml).toBe("<p><strong><em>marked words</em></strong></p>");
  });

  it("turns a block that starts or ends below the limit into a line break", () => {
    const html = "<div><div><div>one</div><div>two</div></div></div>";
    expect(boundNesting(html, 2)).toBe("<div><div>one<br>two</div></div>");
  });

  it("still drops scripts and comments nested below the limit", () => {
    const html = `${"<div>".repeat(150)}<script>alert(1)</script><!-- note --><span>kept</span>`;
    expect(importHtml(html).contentText).toBe("kept");
  });
});

describe("boundNesting: ordinary HTML", () => {
  it.each([
    [
      "entities and attributes",
      '<p>Fish &amp; chips &lt;3 <a href="https://e.org/?a=1&amp;b=&quot;2&quot;">link</a></p>',
    ],
    ["implied ends of paragraphs and items", "<p>one<p>two<ul><li>a<li>b</ul><div>three</div>"],
    ["tables without end tags", "<table><tr><td>a<td>b<tr><td>c</table>"],
    ["stray end tags", "<p>x</em></div></p>y</br>z"],
    [
      "elements dropped with their content",
      "<p>a<script>x</script><style>p{}</style><svg><g/><text>no</text></svg>b</p>",
    ],
    ["whitespace and pre", "<pre>  code\n   kept </pre><p> a  b </p>"],
  ])("changes nothing the parser sees: %s", (_name, html) => {
    const direct = parseArticleHtml(cleanArticleInput(sanitizeArticleHtml(html)), { whitespace: "collapse" });
    expect(importHtml(html).doc).toEqual(direct);
  });
});

describe("Markdown nested without bound", () => {
  it("keeps the text of a line quoted 100,000 times", () => {
    const { contentText } = importHtml(markdownToHtml(`${">".repeat(100_000)} deep quote`));
    expect(contentText).toBe("deep quote");
  });

  it("keeps the text of a list item nested 50,000 times on one line", () => {
    const { contentText } = importHtml(markdownToHtml(`${"- ".repeat(50_000)}deep item`));
    expect(contentText.trim()).toBe("deep item");
  });
});
