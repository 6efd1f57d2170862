import { describe, expect, it } from "vitest";
import { articleHref, sourceHref } from "@/lib/links/link-policy";

describe("link policy: what survives", () => {
  it.each([
    ["https://example.org/a", "https://example.org/a"],
    ["  http://example.org  ", "http://example.org/"],
    ["HTTPS://Example.ORG/Path", "https://example.org/Path"],
    ["https://exämple.org/päth?q=ü", "https://xn--exmple-cua.org/p%C3%A4th?q=%C3%BC"],
  ])("keeps and normalizes the web address %j as %j, for article text and sources alike", (raw, href) => {
    expect(articleHref(raw)).toBe(href);
    expect(sourceHref(raw)).toBe(href);
  });

  it("keeps mailto in the article's text but never as a source", () => {
    expect(articleHref("mailto:desk@example.org")).toBe("mailto:desk@example.org");
    expect(articleHref("MAILTO:desk@example.org?subject=A tip")).toBe("mailto:desk@example.org?subject=A%20tip");
    expect(sourceHref("mailto:desk@example.org")).toBeNull();
  });

  it("percent-encodes everything a URI may not hold, so Word, PDF and HTML all accept it", () => {
    const hostile = `https://example.org/search?q="><script>alert(1)</script>&x=1`;
    expect(sourceHref(hostile)).toBe("https://example.org/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=1");
    expect(sourceHref("https://example.org/a b|c^d`e{f}")).toBe("https://example.org/a%20b%7Cc%5Ed%60e%7Bf%7D");
    expect(articleHref('mailto:Ann <a@b.example>"')).toBe("mailto:Ann%20%3Ca@b.example%3E%22");
    expect(sourceHref("https://example.org/100%")).toBe("https://example.org/100%25");
    for (const href of [sourceHref(hostile), articleHref('mailto:"<x>" y@z')])
      expect(href).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/);
  });
});

describe("link policy: what stays text", () => {
  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\u0001https://example.org",
    "https://exa\u0000mple.org",
    "https://example.org/\nnext",
    "https://example.org/\u0085",
    "http:\\\\evil.example",
    "https:/evil.example",
    "https:evil.example",
    "//evil.example/path",
    "/articles/1",
    "relative/path",
    "#claim-1",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "https://",
    "https://bank.example@evil.example/",
    "https://user:pw@example.org/",
    "mailto:",
    "",
    "   ",
  ])("%j is never a link", (raw) => {
    expect(articleHref(raw)).toBeNull();
    expect(sourceHref(raw)).toBeNull();
  });

  it("treats a missing URL as no link", () => {
    expect(articleHref(null)).toBeNull();
    expect(sourceHref(undefined)).toBeNull();
  });
});
