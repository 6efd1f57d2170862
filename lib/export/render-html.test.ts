import { describe, expect, it } from "vitest";
import type { ParagraphNode } from "@/lib/article/doc";
import { plainLine, plainText } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";
import { renderAnnotatedHtml } from "@/lib/export/render-html";
import type { ExportDocument } from "@/lib/export/model";
import { buildExportDocument, HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";
import {
  activeContent,
  attr,
  elements,
  parseHtml,
  text,
  textWithin,
  type Element,
} from "@/lib/export/testing/html-tree";

const read = (doc: ExportDocument) => parseHtml(renderAnnotatedHtml(doc)).root;
const byId = (root: ReturnType<typeof read>, id: string) => elements(root).find((e) => attr(e, "id") === id);
const note = (root: ReturnType<typeof read>, n: number) => byId(root, `claim-${n}`)!;
const isMark = (n: number) => (e: Element) => e.tagName === "mark" && attr(e, "data-claim") === String(n);

describe.each([
  ["seed", seedExport],
  ["hostile", hostileExport],
])("renderAnnotatedHtml (%s fixture)", (_name, fixture) => {
  it("is one valid HTML5 document with nothing executable or fetched", () => {
    const html = renderAnnotatedHtml(fixture());
    const { root, errors } = parseHtml(html);
    expect(errors.map((e) => e.code)).toEqual([]);
    expect(activeContent(root)).toEqual([]);
    expect(attr(elements(root, "html")[0]!, "lang")).toBe("en");
    expect(elements(root, "main")).toHaveLength(1);
    // Every in-page link lands on an element, and ids are unique.
    const ids = elements(root).flatMap((e) => attr(e, "id") ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of elements(root, "a"))
      if (attr(a, "href")!.startsWith("#")) expect(ids).toContain(attr(a, "href")!.slice(1));
  });

  it("wraps exactly each claim's words in its marks, coloured by verdict", () => {
    const doc = fixture();
    const root = read(doc);
    for (const c of doc.claims) {
      expect(textWithin(root, isMark(c.number))).toBe(plainText(c.quote.exact));
      const marks = elements(root, "mark").filter(isMark(c.number));
      expect(attr(marks[0]!, "id")).toBe(`claim-${c.number}-text`);
      for (const m of marks) expect(attr(m, "class")).toBe(`verdict-${c.verdict?.key ?? "none"}`);
    }
  });

  it("lists one note per claim in number order with quote, claimant, verdict, rationale and sources", () => {
    const doc = fixture();
    const root = read(doc);
    const notes = elements(root, "li").filter((e) => /^claim-\d+$/.test(attr(e, "id") ?? ""));
    expect(notes.map((e) => attr(e, "id"))).toEqual(doc.claims.map((c) => `claim-${c.number}`));
    for (const c of doc.claims) {
      const li = note(root, c.number);
      const body = text(li);
      expect(text(elements(li, "blockquote")[0]!)).toBe(`“${plainText(c.quote.exact)}”`);
      expect(text(elements(li, "h3")[0]!)).toBe(`Claim ${c.number} ${c.verdict!.symbol} ${c.verdict!.label}`);
      if (c.claimant) expect(text(elements(li, "bdi")[0]!)).toBe(plainLine(c.claimant));
      expect(text(elements(li, "div").find((e) => attr(e, "class") === "rationale")!)).toBe(plainText(c.rationale!));
      expect(body).toContain(`Review status: ${c.statusLabel}`);
      const items = elements(li, "ul").flatMap((ul) => elements(ul, "li"));
      expect(items.map((s) => text(elements(s, "cite")[0]!))).toEqual(c.sources.map((s) => s.title));
      c.sources.forEach((s, i) => {
        const line = `${s.url ? "" : ` (${s.rawUrl})`}${s.publisher ? ` · ${s.publisher}` : ""} — ${s.stanceLabel}`;
        expect(text(items[i]!)).toBe(`${s.title}${line}${s.excerpt ? plainText(s.excerpt) : ""}`);
      });
      const links = elements(li, "a").filter((a) => !attr(a, "href")!.startsWith("#"));
      // Each source links to the link policy's normalized form of its URL, and only http(s) URLs link.
      expect(links.map((a) => attr(a, "href"))).toEqual(c.sources.flatMap((s) => sourceHref(s.url) ?? []));
      for (const a of links) expect(attr(a, "rel")).toBe("noopener noreferrer nofollow");
      // The note links back to the highlight, which links to the note.
      expect(elements(li, "a").some((a) => attr(a, "href") === `#claim-${c.number}-text`)).toBe(true);
      expect(attr(byId(root, `claim-${c.number}-ref`)!, "href")).toBe(`#claim-${c.number}`);
    }
  });
});

describe("renderAnnotatedHtml", () => {
  it("keeps hostile strings intact as text and never links a non-http URL", () => {
    const root = read(hostileExport());
    expect(text(elements(root, "title")[0]!)).toBe(`Fact-check: ${hostileExport().article.title}`);
    expect(text(elements(root, "h1")[0]!)).toBe(hostileExport().article.title);
    const li = note(root, 1);
    expect(text(elements(li, "bdi")[0]!)).toBe(HOSTILE.claimant);
    const link = elements(li, "a").find((a) => attr(a, "rel"))!;
    expect([decodeURI(attr(link, "href")!), text(link)]).toEqual([HOSTILE.sourceUrl, HOSTILE.sourceTitle]);
    expect(attr(link, "href")).not.toMatch(/[<>"'\s]/);
    expect(text(li)).toContain(`Bad link (${HOSTILE.badUrl}) — Adds context`);
    // Control characters become their visible pictures; RTL and emoji pass through untouched.
    expect(text(li)).toContain("with ␇bell, ␛escape, ]]> </style> [^1] *stars*");
    expect(text(li)).toContain("שלום سلام 🤥");
    expect(text(li)).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
  });

  it("marks internal exports and unapproved claims in words", () => {
    const seed = seedExport();
    expect(text(read(seed).childNodes[1] as Element)).not.toContain("Internal export");
    const all = read({ ...seed, scope: "all" });
    expect(text(elements(all, "header")[0]!)).toContain("Internal export: includes claims that are not approved yet");
    const inReview = seed.claims.find((c) => c.status === "IN_REVIEW")!;
    expect(text(note(all, inReview.number))).toContain("Review status: In review, not approved yet");
  });

  it("shows review comments only when asked to", () => {
    const seed = seedExport();
    seed.claims[0]!.comments = [
      {
        id: "m1",
        claimId: seed.claims[0]!.id,
        kind: "CHANGES_REQUESTED",
        body: "Add a <b>source</b>.\n\nThanks",
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-21T09:00:00.000Z",
      },
    ];
    expect(text(note(read(seed), 1))).not.toContain("Review notes");
    const li = note(read({ ...seed, includeNotes: true }), 1);
    expect(text(li)).toContain(
      "Review notesChanges requested · Erin Editor · 21 November 2026Add a <b>source</b>.Thanks",
    );
  });

  it("lists orphaned claims with a note and no highlight", () => {
    const seed = seedExport();
    seed.claims[1]!.anchored = null;
    const root = read(seed);
    expect(elements(root, "mark").filter(isMark(2))).toEqual([]);
    expect(text(note(root, 2))).toContain("no longer found in the text");
    expect(byId(root, "claim-2-ref")).toBeUndefined();
    expect(textWithin(root, isMark(1))).toBe(seed.claims[0]!.quote.exact);
  });

  it("splits overlapping and cross-block claims into marks that still add up to the quote", () => {
    const doc = buildExportDocument({
      title: "Overlap",
      body: "The quick brown fox jumps.\n\nOver the *lazy* dog.",
      claims: [
        { quote: "quick brown fox", verdict: "true" },
        { quote: "brown fox jumps", verdict: "false" },
        { quote: "jumps.\n\nOver the", verdict: "mixed" },
      ],
    });
    const root = read(doc);
    for (const c of doc.claims) expect(textWithin(root, isMark(c.number))).toBe(c.quote.exact.replace("\n\n", ""));
    expect(
      elements(root, "mark")
        .filter(isMark(3))
        .map((m) => attr(m, "id") ?? null),
    ).toEqual(["claim-3-text", null, null]);
  });

  it("keeps the article's structure and formatting but drops links it would not follow", () => {
    const doc = buildExportDocument({
      title: "Formatted",
      format: "html",
      body: `<h2>Heading</h2><p>The <em>mayor</em> said <a href="https://example.org/a">this</a>.</p><ul><li>One</li></ul><pre><code>x &lt; y</code></pre>`,
      claims: [{ quote: "mayor said this", verdict: "true" }],
    });
    // The importer already drops such links; the renderer must not rely on it.
    (doc.doc.content[1] as ParagraphNode).content!.push({
      type: "text",
      text: " Evil",
      marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
    });
    const root = read(doc);
    expect(elements(elements(root, "section")[0]!).map((e) => e.tagName)).toEqual([
      "h2",
      "h4",
      "p",
      "mark",
      "em",
      "a",
      "sup",
      "a",
      "span",
      "ul",
      "li",
      "p",
      "pre",
      "code",
    ]);
    expect(text(elements(root, "code")[0]!)).toBe("x < y");
    expect(activeContent(root)).toEqual([]);
    expect(text(elements(root, "p").find((p) => text(p).includes("Evil"))!)).toContain("this[1]✓. Evil");
  });
});
