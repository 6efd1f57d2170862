import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { plainText } from "@/lib/export/plain-text";
import { sourceHref } from "@/lib/links/link-policy";
import { HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";
import { readDocx, type DocxContent } from "@/server/export/docx/testing/docx-reader";
import { renderDocx } from "@/server/export/docx/render-docx";
import { bigExport } from "@/server/export/testing/big-export";
import { STRUCTURED_LINK, STRUCTURED_MAILTO, structuredExport } from "@/server/export/testing/structured-export";

function expectInOrder(text: string, needles: string[]): void {
  let at = 0;
  for (const needle of needles) {
    const i = text.indexOf(needle, at);
    expect(i, `"${needle}" in order`).toBeGreaterThanOrEqual(0);
    at = i + needle.length;
  }
}

/** Each anchored claim is a comment whose range wraps exactly its quote; comments follow claim order. */
function expectCommentsOnClaims(docx: DocxContent, doc: ExportDocument): void {
  const anchored = doc.claims.filter((c) => c.anchored);
  expect(docx.comments.map((c) => c.id)).toEqual(anchored.map((c) => c.number));
  expect(new Set(docx.references)).toEqual(new Set(anchored.map((c) => c.number)));
  for (const claim of anchored) {
    expect(docx.rangeText.get(claim.number), `range of claim ${claim.number}`).toBe(plainText(claim.quote.exact));
    const comment = docx.comments.find((c) => c.id === claim.number)!;
    expect(comment.author).toBe(claim.updatedBy.name);
    expectInOrder(comment.text, [
      `Claim ${claim.number} — ${claim.verdict ? `${claim.verdict.symbol} ${claim.verdict.label}` : "No verdict yet"}`,
      ...(claim.claimant ? [plainText(claim.claimant)] : []),
      ...(claim.rationale ? [plainText(claim.rationale)] : []),
      ...claim.sources.flatMap((s) => [plainText(s.title), s.stanceLabel, plainText(s.rawUrl)]),
      claim.status === "APPROVED" ? "Review status: Approved" : `Review status: ${claim.statusLabel}`,
    ]);
  }
}

describe("renderDocx", () => {
  it("anchors every seed claim as a Word comment on exactly its words, nested ones included", async () => {
    const doc = seedExport();
    const docx = await readDocx(await renderDocx(doc));
    expectCommentsOnClaims(docx, doc);
    expect(docx.comments[0]).toMatchObject({ author: "Casey Checker", initials: "CC" });
    expectInOrder(docx.bodyText, [
      doc.article.title,
      "approved claims only",
      doc.text,
      "Claims (4)",
      ...doc.claims.map((c) => `“${c.quote.exact}”`),
    ]);
    expect(docx.bodyText).not.toContain("Internal export");
    expect(docx.externalTargets.sort()).toEqual(
      [doc.article.url, doc.publicUrl, ...doc.claims.flatMap((c) => c.sources.map((s) => s.url))].sort(),
    );
  });

  it("keeps hostile strings intact in well-formed XML and links only http(s) URLs", async () => {
    const doc = { ...hostileExport(), scope: "all" as const, includeNotes: true };
    doc.claims[0]!.comments = [
      {
        id: "m1",
        claimId: "claim-1",
        kind: "NOTE",
        body: `Note \u0000 ${HOSTILE.quote}`,
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-23T10:00:00.000Z",
      },
    ];
    const docx = await readDocx(await renderDocx(doc));
    expectCommentsOnClaims(docx, doc);
    expect(docx.comments[0]!.text).toContain(`Comment · Erin Editor · 23 November 2026: Note ␀ ${HOSTILE.quote}`);
    expectInOrder(docx.bodyText, [
      doc.article.title,
      "Internal export",
      HOSTILE.quote,
      "Claims (2)",
      HOSTILE.quote,
      HOSTILE.claimant,
      plainText(HOSTILE.rationale),
      HOSTILE.sourceTitle,
      HOSTILE.sourceUrl,
      HOSTILE.badUrl,
    ]);
    for (const [path, xml] of docx.parts) expect(xml, path).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // Only what the link policy keeps, in its percent-encoded form; the javascript: source is text.
    expect(docx.externalTargets.sort()).toEqual(
      [doc.article.url!, doc.publicUrl!, HOSTILE.sourceUrl].map(sourceHref).sort(),
    );
  });

  it("keeps headings, lists (with their start), quotes and code, with comments inside them", async () => {
    const doc = structuredExport();
    const docx = await readDocx(await renderDocx(doc));
    expectCommentsOnClaims(docx, doc);
    expectInOrder(docx.bodyText, [
      "A heading with a claim\n",
      "Intro with bold, italic, a link and bad.\nSecond line.\n",
      "First bullet\nSecond bullet\nNested bullet\nThird item\nFourth item\n",
      "A quoted passage\ncode line 1\ncode\tline 2\n",
    ]);
    const documentXml = docx.parts.get("word/document.xml")!;
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(docx.parts.get("word/numbering.xml")).toMatch(/<w:start w:val="3"\/>/);
    expect(docx.bodyText).toContain("Write to the desk.");
    expect(docx.externalTargets.sort()).toEqual(
      [doc.article.url!, doc.publicUrl!, STRUCTURED_LINK, STRUCTURED_MAILTO].sort(),
    );
  });

  it("lists orphaned claims without a comment range", async () => {
    const doc = seedExport();
    doc.claims[1]!.anchored = null;
    const docx = await readDocx(await renderDocx(doc));
    expectCommentsOnClaims(docx, doc);
    expect(docx.comments.map((c) => c.id)).not.toContain(2);
    expectInOrder(docx.bodyText, [
      "Claim 2 — ✗ False",
      "This claim’s words are no longer found in the text.",
      "Claim 3",
    ]);
  });

  // Speed is measured by `npm run bench`; this checks that a large export comments every claim.
  it("renders a 10,000-word article with 500 claims, each a comment on its words", async () => {
    const doc = bigExport();
    const buffer = await renderDocx(doc);
    expectCommentsOnClaims(await readDocx(buffer), doc);
  }, 30_000);
});
