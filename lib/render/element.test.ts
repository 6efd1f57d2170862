import { describe, expect, it } from "vitest";
import { h, paragraphs, toHtml, type Element, type Tag } from "@/lib/render/element";

describe("toHtml", () => {
  it("escapes every text and attribute value", () => {
    const tree = h("p", { class: `x" onclick="alert(1)`, "aria-label": "<b>&'" }, `<script>alert('x')</script> & "q"`);
    expect(toHtml(tree)).toBe(
      `<p class="x&quot; onclick=&quot;alert(1)" aria-label="&lt;b&gt;&amp;&#39;">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>`,
    );
  });

  it("makes control characters visible instead of emitting them", () => {
    expect(toHtml(h("span", {}, "bell\u0007 esc\u001b del\u007f c1\u0085"))).toBe(
      "<span>bell␇ esc␛ del␡ c1\uFFFD</span>",
    );
  });

  it("writes void elements without a closing tag and drops empty or false children", () => {
    expect(toHtml(h("p", {}, "a", h("br"), "b", null, false, "", undefined, [h("hr")]))).toBe("<p>a<br>b<hr></p>");
    expect(toHtml(h("ol", { start: 3, id: undefined }, h("li", {}, "three")))).toBe(
      `<ol start="3"><li>three</li></ol>`,
    );
  });

  it("keeps in-page links and links the policy writes as they are", () => {
    for (const href of ["#claim-3", "#claim-3-text", "https://example.org/a", "mailto:desk@example.org"])
      expect(toHtml(h("a", { href }, "x"))).toBe(`<a href="${href}">x</a>`);
  });

  const refused: [string, Element][] = [
    ["a tag outside the vocabulary", { tag: "script" as Tag, attrs: {}, children: ["alert(1)"] }],
    ["an image", { tag: "img" as Tag, attrs: {}, children: [] }],
    ["a style element", { tag: "style" as Tag, attrs: {}, children: [] }],
    ["an inherited property name as tag", { tag: "constructor" as Tag, attrs: {}, children: [] }],
    ["an event handler", { tag: "p", attrs: { onclick: "alert(1)" } as Element["attrs"], children: [] }],
    ["a style attribute", { tag: "p", attrs: { style: "background:url(x)" } as Element["attrs"], children: [] }],
    ["src", { tag: "span", attrs: { src: "x" } as Element["attrs"], children: [] }],
    ["an attribute of another tag", { tag: "p", attrs: { href: "#x" }, children: [] }],
    ["a javascript: href", h("a", { href: "javascript:alert(1)" })],
    ["a padded JaVaScRiPt: href", h("a", { href: " JaVaScRiPt:alert(1)" })],
    ["a relative href", h("a", { href: "/admin" })],
    ["a data: href", h("a", { href: "data:text/html,<script>alert(1)</script>" })],
    ["an href the policy would rewrite", h("a", { href: "https://example.org/a b" })],
    ["a fragment with markup", h("a", { href: `#x"><script>` })],
    ["a fractional number", h("ol", { start: 1.5 })],
    ["a void element with children", { tag: "br", attrs: {}, children: ["x"] }],
  ];
  it.each(refused)("refuses %s", (_name, tree) => {
    expect(() => toHtml(h("div", {}, tree))).toThrow(/element tree/);
  });
});

describe("paragraphs", () => {
  it("splits plain text at blank lines and breaks lines at single newlines", () => {
    expect(toHtml(paragraphs("One\ntwo\n\n  \n\nThree <b>\r\n"))).toBe("<p>One<br>two</p><p>Three &lt;b&gt;</p>");
    expect(paragraphs("  \n\n")).toEqual([]);
  });
});
