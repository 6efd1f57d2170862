import { describe, expect, it } from "vitest";

import { importArticleBody } from "@/lib/article/import-body";
import { sanitizeArticleHtml } from "@/lib/article/sanitize";

const importHtml = (body: string) => importArticleBody({ format: "html", body });

describe("sanitizeArticleHtml", () => {
  it.each([
    ["script", `<p>before</p><script>alert(1)</script><p>after</p>`],
    ["img onerror", `<p>before<img src=x onerror=alert(1)>after</p>`],
    ["javascript: link", `<p><a href="javascript:alert(1)">before</a>after</p>`],
    ["obfuscated case", `<p><a href="JaVaScRiPt:alert(1)">before</a>after</p>`],
    ["entity-encoded scheme", `<p><a href="&#106;avascript:alert(1)">before</a>after</p>`],
    ["hex entities and padding", `<p><a href=" &#x6A;ava&#x09;script:alert(1)">before</a>after</p>`],
    ["data: URL", `<p><a href="data:text/html;base64,PHNjcmlwdD4=">before</a>after</p>`],
    ["vbscript: URL", `<p><a href="vbscript:msgbox(1)">before</a>after</p>`],
    ["iframe", `<p>before</p><iframe src="https://evil.example">alert(1)</iframe><p>after</p>`],
    ["style", `<style>body { background: url(javascript:alert(1)) }</style><p>before</p><p>after</p>`],
    ["onclick", `<p onclick="alert(1)" style="color:red">before</p><p>after</p>`],
    ["svg script", `<svg><script>alert(1)</script><text>alert(1)</text></svg><p>before</p><p>after</p>`],
    ["math", `<math><mi>alert(1)</mi></math><p>before</p><p>after</p>`],
    ["object and embed", `<object data="x.swf">alert(1)</object><embed src="x"><p>before</p><p>after</p>`],
    [
      "form",
      `<form action="javascript:alert(1)"><input value="alert(1)"><button>alert(1)</button></form><p>before</p><p>after</p>`,
    ],
    ["noscript and template", `<noscript>alert(1)</noscript><template>alert(1)</template><p>before</p><p>after</p>`],
    ["uppercase tags", `<SCRIPT>alert(1)</SCRIPT><P ONCLICK="alert(1)">before</P><p>after</p>`],
    ["unclosed script", `<p>before</p><p>after</p><script>alert(1)`],
    ["meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>before</p><p>after</p>`],
  ])("removes %s without losing the article's text", (_, hostile) => {
    const { contentHtml, contentText } = importHtml(hostile);
    expect(contentHtml).not.toMatch(/script|alert|onerror|onclick|iframe|style|svg|data:|<img|<a\b/i);
    expect(contentText).toMatch(/^before(\n\n)?after$/);
  });

  it("drops the text of script and style elements instead of unwrapping it", () => {
    const sanitized = sanitizeArticleHtml(`<div>keep<script>var secret = 1;</script><style>.x{}</style></div>`);
    expect(sanitized).toBe("<div>keep</div>");
  });

  it("keeps safe links with only their href", () => {
    const sanitized = sanitizeArticleHtml(
      `<a href=" https://example.com/a?b=1&amp;c=2 " target="_blank" onclick="x()" class="c">web</a>` +
        `<a href="mailto:desk@example.com">mail</a><a href="/relative">rel</a><a href="//evil.example">proto</a>`,
    );
    expect(sanitized).toBe(
      `<a href="https://example.com/a?b=1&amp;c=2">web</a><a href="mailto:desk@example.com">mail</a><a>rel</a><a>proto</a>`,
    );
  });

  it("keeps the allowed structure and strips attributes", () => {
    const html =
      `<h2 id="x">T</h2><p class="c">a<br>b</p><hr><ul><li>i</li></ul><ol start="2" type="a"><li>o</li></ol>` +
      `<blockquote cite="x">q</blockquote><pre><code class="language-js">c</code></pre><strong>s</strong><b>b</b><em>e</em><i>i</i><s>s</s><strike>k</strike><del>d</del><u>u</u>`;
    expect(sanitizeArticleHtml(html)).toBe(
      `<h2>T</h2><p>a<br />b</p><hr /><ul><li>i</li></ul><ol start="2"><li>o</li></ol>` +
        `<blockquote>q</blockquote><pre><code>c</code></pre><strong>s</strong><b>b</b><em>e</em><i>i</i><s>s</s><strike>k</strike><del>d</del><u>u</u>`,
    );
  });

  it("unwraps spans and turns block containers into plain divs, keeping their text", () => {
    expect(
      sanitizeArticleHtml(`<section data-x="1"><span style="x">a</span></section><article>b</article><td>c</td>`),
    ).toBe("<div>a</div><div>b</div><div>c</div>");
  });
});
