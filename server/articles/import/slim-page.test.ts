import { describe, expect, it } from "vitest";
import { decodePage } from "@/server/articles/import/decode-page";
import { slimPage } from "@/server/articles/import/slim-page";

const slim = (html: string) => {
  const result = slimPage(html);
  if ("tooDeep" in result) throw new Error("unexpectedly deep");
  return result.html;
};

describe("slimPage", () => {
  it("drops what never holds article text and keeps JSON-LD, text and attributes as written", () => {
    expect(
      slim(
        `<head><script>steal()</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head>` +
          `<body><p class='lead' title='say "hi"' onclick="x()">Fish &amp; chips<img src=a.png><br/>end</p><svg><path d="M0"/><text>icon</text></svg><noscript><p>no</p></noscript></body>`,
      ),
    ).toBe(
      `<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>` +
        `<body><p class="lead" title="say &quot;hi&quot;">Fish &amp; chips<br>end</p></body>`,
    );
  });

  it("drops navigation and asides, keeping the article around them", () => {
    expect(
      slim(
        `<body><nav><a href="/">Home</a></nav><article><h1>Budget</h1><p>It rose.</p><aside><a href="/x">Related</a></aside><p>End.</p></article></body>`,
      ),
    ).toBe(`<body><article><h1>Budget</h1><p>It rose.</p><p>End.</p></article></body>`);
  });

  it("leaves implied end tags to the HTML parser", () => {
    expect(slim("<ul><li>one<li>two</ul><p>a<p>b")).toBe("<ul><li>one<li>two</ul><p>a<p>b");
  });

  it("stops at markup nested deeper than 400 levels", () => {
    expect(slimPage("<div>".repeat(400))).not.toHaveProperty("tooDeep");
    expect(slimPage(`${"<div>".repeat(401)}text`)).toEqual({ tooDeep: true });
    expect(slimPage("<b>".repeat(300_000))).toEqual({ tooDeep: true });
  });
});

describe("decodePage", () => {
  const cafe1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // café “q”

  it("decodes by the Content-Type charset, then <meta charset>, then UTF-8", () => {
    expect(decodePage(cafe1252, "text/html; charset=windows-1252")).toBe("café “q”");
    const withMeta = Buffer.concat([Buffer.from('<meta charset="windows-1252">'), cafe1252]);
    expect(decodePage(withMeta, "text/html")).toBe('<meta charset="windows-1252">café “q”');
    expect(decodePage(Buffer.from("café"), "text/html")).toBe("café");
    expect(decodePage(Buffer.from("café"), "text/html; charset=no-such-charset")).toBe("café");
  });
});
