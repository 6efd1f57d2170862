import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { plainLine, plainText } from "@/lib/export/plain-text";
import { renderMarkdown } from "@/lib/export/render-markdown";
import { buildExportDocument, HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";
import {
  activeContent,
  attr,
  elements,
  parseHtml,
  text as html,
  textWithin,
  type Element,
  type ParentNode,
} from "@/lib/export/testing/html-tree";

// Rendered twice: as markdown-it ships (raw HTML off) and with raw HTML on, as some sites render it.
function read(doc: ExportDocument, html = false) {
  const rendered = new MarkdownIt({ html }).use(footnote).render(renderMarkdown(doc));
  const { root } = parseHtml(rendered, { fragment: true });
  const top = root.childNodes.filter((n): n is Element => "tagName" in n);
  const start = top.findIndex((e) => e.tagName === "h2" && text(e) === "Article");
  const end = top.findIndex((e) => e.tagName === "hr");
  const article = { ...root, childNodes: top.slice(start + 1, end === -1 ? undefined : end) };
  return { root, article, footnotes: elements(root, "li").filter((e) => attr(e, "class") === "footnote-item") };
}
// markdown-it writes a newline after each <br>, so textContent already has the line break.
const text = (e: ParentNode) => html(e, "");
const isRef = (e: Element) => attr(e, "class") === "footnote-ref";

describe.each([
  ["seed", seedExport],
  ["hostile", hostileExport],
])("renderMarkdown (%s fixture)", (_name, fixture) => {
  it.each([false, true])("renders nothing executable and links only http(s) (raw HTML allowed: %s)", (html) => {
    const { root } = read(fixture(), html);
    expect(activeContent(root)).toEqual([]);
    for (const a of elements(root, "a")) expect(attr(a, "href")).toMatch(/^(https?:\/\/|#fn)/);
  });

  it("keeps the article text and puts each claim's reference after its last word", () => {
    const doc = fixture();
    const { article } = read(doc);
    const plain = textWithin(article, () => true, isRef);
    for (const c of doc.claims) expect(plain).toContain(plainText(c.quote.exact));
    // The claim index references every footnote first, so the footnote numbers are the claim numbers.
    const refs = elements(article, "sup")
      .filter(isRef)
      .map((s) => attr(elements(s, "a")[0]!, "href"));
    const byEnd = [...doc.claims].sort((a, b) => a.anchored!.end - b.anchored!.end || b.number - a.number);
    expect(refs).toEqual(byEnd.map((c) => `#fn${c.number}`));
  });

  it("gives one footnote per claim, numbered as the claims, with verdict, quote, claimant, rationale and sources", () => {
    const doc = fixture();
    const { footnotes } = read(doc);
    expect(footnotes.map((f) => attr(f, "id"))).toEqual(doc.claims.map((c) => `fn${c.number}`));
    doc.claims.forEach((c, i) => {
      const note = footnotes[i]!;
      const body = text(note);
      expect(
        body.startsWith(
          `Claim ${c.number} · ${c.verdict!.symbol} ${c.verdict!.label} · ${c.status === "APPROVED" ? "Approved" : `${c.statusLabel}, not approved yet`}`,
        ),
      ).toBe(true);
      expect(text(elements(note, "blockquote")[0]!).trim()).toBe(`“${plainText(c.quote.exact)}”`);
      if (c.claimant) expect(body).toContain(`Claimant: ${plainLine(c.claimant)}`);
      expect(body).toContain(`Rationale: ${plainText(c.rationale!)}`);
      const items = elements(note, "li");
      expect(items.map((li) => text(li).split(" — ")[1]!.split("\n")[0])).toEqual(c.sources.map((s) => s.stanceLabel));
      const links = elements(note, "a").filter((a) => !attr(a, "href")!.startsWith("#"));
      expect(links.map((a) => [decodeURI(attr(a, "href")!), text(a)])).toEqual(
        c.sources.filter((s) => s.url).map((s) => [s.url, s.title]),
      );
    });
  });
});

describe("renderMarkdown", () => {
  it("keeps hostile strings intact as literal text", () => {
    const { root, footnotes } = read(hostileExport(), true);
    expect(text(elements(root, "h1")[0]!)).toBe(hostileExport().article.title);
    const body = text(footnotes[0]!);
    for (const s of [
      HOSTILE.quote,
      HOSTILE.claimant,
      HOSTILE.sourceTitle,
      `Bad link (${HOSTILE.badUrl})`,
      "Excerpt with </p><script>x</script>",
    ])
      expect(body).toContain(s);
    // Control characters become their visible pictures; the line break stays a line break.
    expect(body).toContain(
      "Line one\nline two with ␇bell, ␛escape, ]]> </style> [^1] *stars* _under_ | pipe | # hash `tick` @mention +plus -minus 🧐 مرحبا",
    );
    expect(text(footnotes[1]!)).toContain("Claimant: -1 formula");
  });

  it("reads every Markdown trigger at the start of a line literally", () => {
    const lines = [
      "1. not a list",
      "2) nor this",
      "- nor this",
      "+ nor this",
      "* nor this",
      "# not a heading",
      "> not a quote",
      "=== not setext",
      "--- not a rule",
      "<div>raw html</div>",
      "&amp; stays",
      "`code` and *em* and __strong__ and ~~strike~~",
      "[link](https://x.example) ![img](x.png) [^1] <https://auto.example>",
      "| a | b |",
      "\\backslash at the end\\",
      "```",
      "line one\n- line two\n1. line three",
    ];
    const doc = buildExportDocument({ title: "# Triggers *", body: lines.join("\n\n"), claims: [] });
    const { root, article } = read(doc, true);
    expect(text(elements(root, "h1")[0]!)).toBe("# Triggers *");
    expect(article.childNodes.map((p) => [(p as Element).tagName, text(p as Element)])).toEqual(
      lines.map((l) => ["p", l]),
    );
  });

  it("links what the link policy keeps in the article, mailto included, in its normalized form", () => {
    const doc = buildExportDocument({
      title: "Links",
      format: "html",
      body: `<p>Write <a href="mailto:desk@example.org">to us</a>, read <a href="https://example.org/a b">the audit</a>, not <a href="javascript:alert(1)">this</a>.</p>`,
      claims: [],
    });
    const [p] = elements(read(doc).article, "p");
    expect(elements(p!, "a").map((a) => [attr(a, "href"), text(a)])).toEqual([
      ["mailto:desk@example.org", "to us"],
      ["https://example.org/a%20b", "the audit"],
    ]);
    expect(text(p!)).toBe("Write to us, read the audit, not this.");
  });

  it("keeps headings, lists, quotes, code, links and emphasis, with references outside formatting", () => {
    const doc = buildExportDocument({
      title: "Formatted",
      format: "html",
      body: `<h1>Budget</h1><p>The mayor said <em>taxes fell </em>by <strong><a href="https://example.org/a">40 percent</a></strong>.</p><blockquote><p>Quoted <s>words</s></p></blockquote><ol start="3"><li>Third</li><li>Fourth</li></ol><ul><li>Bullet</li></ul><pre><code>if (a &lt; b) {\n  return "\`x\`";\n}</code></pre><p>Inline <code>a\`b</code> code</p>`,
      claims: [
        { quote: "mayor said taxes", verdict: "false" },
        { quote: "fell by 40", verdict: "true" },
        { quote: "return", verdict: "mixed" },
      ],
    });
    const { article } = read(doc);
    // A reference closes the formatting around it, which reopens after it.
    const [p] = elements(article, "p");
    expect(elements(p!).map((e) => e.tagName)).toEqual([
      "em",
      "sup",
      "a",
      "em",
      "a",
      "strong",
      "sup",
      "a",
      "a",
      "strong",
    ]);
    expect(text(p!)).toBe("The mayor said taxes[1:1] fell by 40[2:1] percent.");
    const links = elements(p!, "a").filter((a) => !attr(a, "href")!.startsWith("#"));
    expect(links.map((a) => [attr(a, "href"), text(a)])).toEqual([
      ["https://example.org/a", "40"],
      ["https://example.org/a", "percent"],
    ]);
    expect(
      elements(article)
        .map((e) => e.tagName)
        .slice(12),
    ).toEqual(["blockquote", "p", "s", "ol", "li", "li", "ul", "li", "pre", "code", "p", "sup", "a", "p", "code"]);
    expect(attr(elements(article, "ol")[0]!, "start")).toBe("3");
    expect(text(elements(article, "pre")[0]!)).toBe('if (a < b) {\n  return "`x`";\n}\n');
    expect(text(elements(article, "code").at(-1)!)).toBe("a`b");
  });

  it("marks internal exports, unapproved and orphaned claims, and adds review notes when asked", () => {
    const seed = seedExport();
    seed.claims[1]!.anchored = null;
    seed.claims[0]!.comments = [
      {
        id: "m",
        claimId: "c",
        kind: "NOTE",
        body: "Check *this* <b>now</b>.\nThanks",
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-21T09:00:00.000Z",
      },
    ];
    const { root, footnotes } = read({ ...seed, scope: "all", includeNotes: true });
    expect(text(root)).toContain("Internal export: includes claims that are not approved yet.");
    expect(text(footnotes[1]!)).toContain("This claim’s words are no longer found in the text.");
    expect(text(footnotes[3]!)).toContain("In review, not approved yet");
    expect(text(footnotes[0]!)).toContain(
      "Review notes:\n\nComment · Erin Editor · 21 November 2026:\nCheck *this* <b>now</b>.\nThanks",
    );
    expect(text(read(seed).footnotes[0]!)).not.toContain("Review notes");
  });
});
