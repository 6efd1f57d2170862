import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { seedExport } from "@/lib/export/testing/fixtures";
import { claimNotesTree } from "@/lib/render/claim-notes";
import { toHtml } from "@/lib/render/element";
import { factCheckSummary, shareDescription } from "@/lib/render/fact-check-summary";

/** The seed's claim on "did not have communications with the Russians", as claim 1. */
const sessionsClaim = (doc: ExportDocument) => {
  const claim = doc.claims.find((c) => c.quote.exact.startsWith("did not have"))!;
  claim.number = 1;
  return claim;
};

const review = {
  id: "m1",
  claimId: "claim-1",
  kind: "CHANGES_REQUESTED" as const,
  body: "Add a source.",
  author: { id: "u", name: "Erin Editor" },
  createdAt: "2026-11-21T09:00:00.000Z",
};

describe("claimNotesTree", () => {
  it("writes one note per claim: number, verdict in words and symbol, status, quote, claimant, rationale, sources", () => {
    const claim = sessionsClaim(seedExport());
    claim.comments = [review];
    expect(toHtml(claimNotesTree([claim], { includeNotes: false }))).toBe(
      `<ol class="notes"><li id="claim-1" class="note" aria-labelledby="claim-1-title">` +
        `<h3 id="claim-1-title">Claim 1 <span class="badge verdict-false"><span aria-hidden="true">✗</span> False</span></h3>` +
        `<p class="status status-approved">Review status: Approved by Erin Editor on 22 November 2026</p>` +
        `<blockquote class="quote" dir="auto"><p>“did not have communications with the Russians”</p></blockquote>` +
        `<p class="claimant">Claimant: <bdi>Jeff Sessions</bdi></p>` +
        `<h4>Rationale</h4><div class="rationale" dir="auto"><p>He met Ambassador Kislyak twice in 2016.</p></div>` +
        `<h4>Sources</h4><ul class="sources"><li dir="auto"><cite><a href="https://www.washingtonpost.com/sessions-kislyak" rel="noopener noreferrer nofollow">Sessions spoke twice with Russian ambassador</a></cite>` +
        ` · The Washington Post — <span class="stance">Refutes the claim</span><blockquote class="excerpt" dir="auto"><p>met twice</p></blockquote></li></ul>` +
        `<p class="back"><a href="#claim-1-text">Back to claim 1 in the text</a></p></li></ol>`,
    );
  });

  it("adds the review discussion only when asked, and says when a claim's words are gone", () => {
    const doc = seedExport();
    doc.claims[0]!.comments = [review];
    doc.claims[0]!.anchored = null;
    const html = toHtml(claimNotesTree(doc.claims.slice(0, 1), { includeNotes: true }));
    expect(html).toContain(
      `<h4>Review notes</h4><ol class="comments"><li><p class="comment-meta">Changes requested · Erin Editor · 21 November 2026</p><p>Add a source.</p></li></ol>`,
    );
    expect(html).toContain(`<p class="orphan">This claim’s words are no longer found in the text.</p>`);
    expect(html).not.toContain("Back to claim");
    expect(toHtml(claimNotesTree([], { includeNotes: true }))).toBe("<p>No claims to show.</p>");
  });

  it("names a pending claim's status in words", () => {
    const inReview = seedExport().claims.find((c) => c.status === "IN_REVIEW")!;
    expect(toHtml(claimNotesTree([inReview], { includeNotes: false }))).toContain(
      `<p class="status status-pending">Review status: In review, not approved yet</p>`,
    );
  });
});

describe("factCheckSummary", () => {
  it("lists each claim by its stable number with a link to its note, verdict, quote, claimant and one line of rationale", () => {
    const doc = seedExport();
    const claim = sessionsClaim(doc);
    claim.number = 8;
    claim.rationale = "He met Ambassador Kislyak twice in 2016. Both meetings are on record.";
    const html = toHtml(factCheckSummary({ ...doc, claims: [claim] }));
    expect(html).toBe(
      `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary of the fact-check</h2>` +
        `<p class="summary__intro">Fact-check desk checked 1 claim in this article.</p>` +
        `<ol class="summary__claims"><li class="summary__claim">` +
        `<p class="summary__title"><a href="#claim-8">Claim 8</a> <span class="badge verdict-false"><span aria-hidden="true">✗</span> False</span></p>` +
        `<blockquote class="summary__quote" dir="auto"><p>“did not have communications with the Russians”</p></blockquote>` +
        `<p class="summary__claimant">Claimant: <bdi>Jeff Sessions</bdi></p>` +
        `<p class="summary__rationale" dir="auto">He met Ambassador Kislyak twice in 2016.</p></li></ol></section>`,
    );
  });

  it("says so when there is nothing to summarize", () => {
    expect(toHtml(factCheckSummary({ ...seedExport(), claims: [] }))).toContain("<p>No claims to show.</p>");
  });
});

describe("shareDescription", () => {
  it("counts the claims and names their verdicts, within 200 characters", () => {
    const doc = seedExport();
    expect(shareDescription({ ...doc, claims: [sessionsClaim(doc)] })).toBe(
      "Fact-check desk checked 1 claim in this article. False: “did not have communications with the Russians”",
    );
    const long = shareDescription(doc);
    expect(long.length).toBeLessThanOrEqual(201);
    expect(long).toMatch(/^Fact-check desk checked 4 claims in this article\. Unsupported: “I never met .*…$/);
  });
});
