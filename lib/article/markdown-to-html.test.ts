import { describe, expect, it } from "vitest";
import { importArticleBody } from "@/lib/article/import-body";
import { markdownToHtml } from "@/lib/article/markdown-to-html";
import { MAX_MARKDOWN_LINE_MARKERS } from "@/lib/article/flatten-markdown-nesting";

/** What a Markdown article becomes once stored: Markdown → HTML → the pasted-HTML pipeline. */
const importMarkdown = (source: string) => importArticleBody({ format: "html", body: markdownToHtml(source) });

describe("markdownToHtml through the import pipeline", () => {
  it("keeps headings, paragraphs, lists, links and emphasis", () => {
    const { contentHtml, contentText } = importMarkdown(
      [
        "# Budget claims",
        "",
        "The mayor said *taxes fell* and **crime is down**.",
        "",
        "## What we checked",
        "",
        "- Taxes, see [the budget](https://example.org/budget)",
        "- Crime",
        "",
        "1. First",
        "2. Second",
        "",
        "> A quoted line",
      ].join("\n"),
    );

    expect(contentHtml).toContain("<h1>Budget claims</h1>");
    expect(contentHtml).toContain("<h2>What we checked</h2>");
    expect(contentHtml).toContain("<em>taxes fell</em>");
    expect(contentHtml).toContain("<strong>crime is down</strong>");
    expect(contentHtml).toContain('<a href="https://example.org/budget">the budget</a>');
    expect(contentHtml).toMatch(/<ul>.*Taxes.*Crime.*<\/ul>/s);
    expect(contentHtml).toMatch(/<ol>.*First.*Second.*<\/ol>/s);
    expect(contentHtml).toMatch(/<blockquote>.*A quoted line.*<\/blockquote>/s);
    expect(contentText).toBe(
      "Budget claims\n\nThe mayor said taxes fell and crime is down.\n\nWhat we checked\n\n" +
        "Taxes, see the budget\n\nCrime\n\nFirst\n\nSecond\n\nA quoted line",
    );
  });

  it("keeps the words as written: no curly quotes, no links made from bare addresses", () => {
    const { contentHtml, contentText } = importMarkdown(
      `He said "no" -- twice. See www.example.org or https://example.org.`,
    );
    expect(contentText).toBe(`He said "no" -- twice. See www.example.org or https://example.org.`);
    expect(contentHtml).not.toContain("<a");
  });

  it("neutralizes raw HTML and script links", () => {
    const { contentHtml, contentText } = importMarkdown(
      [
        "Intro <em>kept</em> <img src=x onerror=alert(1)>",
        "",
        "<script>alert('block')</script>",
        "",
        '<p onclick="alert(2)">Clicked</p>',
        "",
        '[bad](javascript:alert(3)) [worse](JAVASCRIPT:alert(4)) <a href="javascript:alert(5)">raw</a> [data](data:text/html,x)',
        "",
        "[ok](https://example.org/ok)",
      ].join("\n"),
    );

    const lower = contentHtml.toLowerCase();
    for (const bad of ["<script", "onerror", "onclick", "<img", "alert(1)", "alert(2)", "'block'"]) {
      expect(lower).not.toContain(bad);
    }
    // markdown-it leaves a refused link as its literal text; only the https link is a link.
    expect(contentHtml.match(/<a [^>]*>/g)).toEqual(['<a href="https://example.org/ok">']);
    expect(contentText).toContain("[bad](javascript:alert(3))");
    expect(contentHtml).toContain("<em>kept</em>");
    expect(contentText).toContain("Clicked");
    expect(contentText).toContain("raw");
  });

  it("flattens nesting deeper than MAX_MARKDOWN_LINE_MARKERS instead of following it, keeping the text", () => {
    const html = markdownToHtml(`${">".repeat(5000)} deep`);
    expect(html.match(/<blockquote>/g)?.length ?? 0).toBe(MAX_MARKDOWN_LINE_MARKERS);
    expect(html).toContain("deep");
  });
});
