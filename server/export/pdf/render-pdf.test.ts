import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { plainText } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";
import { HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";
import { renderPdf } from "@/server/export/pdf/render-pdf";
import { bigExport } from "@/server/export/testing/big-export";
import { STRUCTURED_LINK, STRUCTURED_MAILTO, structuredExport } from "@/server/export/testing/structured-export";
import { extractPdfText } from "@/server/export/pdf/testing/pdf-text";

// Line breaks and the spaces pdf.js guesses between text items are layout, not content.
const squash = (s: string) => s.replace(/\s+/g, "");

// RTL policy: each Hebrew or Arabic word is painted right to left and pdf.js returns it in logical
// order; a run of several RTL words is painted (and so extracted) in visual order, last word first.
const RTL_RUN = /[\p{Script=Hebrew}\p{Script=Arabic}]+(?:\s+[\p{Script=Hebrew}\p{Script=Arabic}]+)*/gu;
const asExtracted = (s: string) => plainText(s).replace(RTL_RUN, (run) => run.split(/\s+/).reverse().join(" "));

function expectInOrder(text: string, needles: string[]): void {
  const haystack = squash(text);
  let at = 0;
  for (const needle of needles) {
    const i = haystack.indexOf(squash(asExtracted(needle)), at);
    expect(i, `"${needle}" in order`).toBeGreaterThanOrEqual(0);
    at = i + squash(asExtracted(needle)).length;
  }
}

const claimsSection = (text: string, count: number) => text.slice(text.indexOf(`Claims (${count})`));

function expectClaimNotes(text: string, doc: ExportDocument): void {
  expectInOrder(
    claimsSection(text, doc.claims.length),
    doc.claims.flatMap((c) => [
      `Claim ${c.number} — ${c.verdict ? `${c.verdict.symbol} ${c.verdict.label}` : "No verdict yet"}`,
      `“${c.quote.exact}”`,
      ...(c.claimant ? [`Claimant: ${c.claimant}`] : []),
      ...(c.rationale ? [c.rationale] : []),
      ...c.sources.flatMap((s) => [s.title, s.stanceLabel, s.rawUrl]),
    ]),
  );
}

/** Every /URI string in the file, unescaped (pdfkit writes annotation dictionaries uncompressed). */
function uris(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, "$1"));
}

describe("renderPdf", () => {
  it("renders the seed article with claims highlighted, numbered and followed by their notes", async () => {
    const doc = seedExport();
    const { text } = await extractPdfText(await renderPdf(doc));
    expectInOrder(text, [
      doc.article.title,
      "CNN",
      "Published 2 March 2017",
      "approved claims only",
      doc.text.slice(0, 300),
    ]);
    // Nested claim 4 ends before claim 3, whose marker follows the outer claim's last word.
    expectInOrder(text, ["Russians[2 ✗]", "25 conversations[4 ✓] with foreign ambassadors[3 ◔]", "Claims (4)"]);
    expectClaimNotes(text, doc);
    expect(text).not.toContain("Internal export");
    expect(text).toContain("Review status: In review, not approved yet");
  });

  it("keeps every hostile string intact and inert", async () => {
    const doc = { ...hostileExport(), scope: "all" as const, includeNotes: true };
    doc.claims[0]!.comments = [
      {
        id: "m1",
        claimId: "claim-1",
        kind: "CHANGES_REQUESTED",
        body: `Fix \u0000 this ${HOSTILE.quote}`,
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-23T10:00:00.000Z",
      },
    ];
    const pdf = await renderPdf(doc);
    const { text } = await extractPdfText(pdf);
    expectInOrder(text, [
      doc.article.title,
      "Internal export",
      "Intro paragraph.",
      `${HOSTILE.quote}[1 ⚠]`,
      "=SUM(A1:A2)[2 ✗]",
    ]);
    expectClaimNotes(text, doc);
    expectInOrder(claimsSection(text, 2), [
      HOSTILE.claimant,
      HOSTILE.rationale,
      HOSTILE.sourceTitle,
      HOSTILE.sourceUrl,
      HOSTILE.badUrl,
      "Review notes",
      "Changes requested · Erin Editor",
      `Fix ␀ this ${HOSTILE.quote}`,
    ]);
    for (const ch of new Set(plainText(Object.values(HOSTILE).join("")).replace(/\s/g, ""))) expect(text).toContain(ch);
    expect(text).toContain("␇bell, ␛escape");
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);

    const raw = pdf.toString("latin1");
    for (const action of ["/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA", "/SubmitForm", "/EmbeddedFile"])
      expect(raw).not.toContain(action);
    // Only what the link policy keeps, in its percent-encoded form; the javascript: source is text only.
    expect(uris(pdf).sort()).toEqual([doc.article.url!, doc.publicUrl!, HOSTILE.sourceUrl].map(sourceHref).sort());
    // Every font is embedded from the npm packages: none of the 14 standard PDF fonts is used.
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
  });

  it("renders headings, marks, lists, quotes and code in text order, linking what the link policy keeps", async () => {
    const doc = structuredExport();
    const pdf = await renderPdf(doc);
    const { text } = await extractPdfText(pdf);
    expectInOrder(text, [
      "A heading with[1 ✓] a claim",
      "bold, italic, a link[2 ?] and bad.",
      "Second line.",
      "• First bullet",
      "• Second bullet[3 ✗]",
      "• Nested bullet",
    ]);
    expectInOrder(text, [
      "3. Third item",
      "4. Fourth item[4 ◑]",
      "A quoted passage[5 ⚠]",
      "code line 1",
      "code    line 2",
      "After rule.",
      "Write to the desk.",
      "Claims (5)",
    ]);
    expectClaimNotes(text, doc);
    expect(uris(pdf).sort()).toEqual([doc.article.url!, doc.publicUrl!, STRUCTURED_LINK, STRUCTURED_MAILTO].sort());
  });

  it("notes claims whose words are gone, and shows review notes only when asked", async () => {
    const doc = seedExport();
    doc.claims[1]!.anchored = null;
    doc.claims[1]!.comments = [
      {
        id: "m1",
        claimId: doc.claims[1]!.id,
        kind: "NOTE",
        body: "A private remark",
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-23T10:00:00.000Z",
      },
    ];
    const without = (await extractPdfText(await renderPdf(doc))).text;
    expect(without).toContain("This claim’s words are no longer found in the text.");
    expect(without).not.toContain("[2 ✗]");
    expect(without).not.toContain("A private remark");
    const withNotes = (await extractPdfText(await renderPdf({ ...doc, includeNotes: true }))).text;
    expectInOrder(claimsSection(withNotes, 4), [
      "Claim 2",
      "Review notes",
      "A private remark",
      "no longer found",
      "Claim 3",
    ]);
  });

  // Speed is measured by `npm run bench`; this checks that a large export is complete and in order.
  it("renders a 10,000-word article with 500 claims, every note in number order", async () => {
    const doc = bigExport();
    const pdf = await renderPdf(doc);
    const { text, pages } = await extractPdfText(pdf);
    expect(pages).toBeGreaterThan(20);
    expectInOrder(
      claimsSection(text, 500),
      doc.claims.map((c) => `“${c.quote.exact}”`),
    );
  }, 30_000);
});
