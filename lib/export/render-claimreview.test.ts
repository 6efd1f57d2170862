import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { jsonLdScript } from "@/lib/export/json-ld-script";
import { renderClaimReviewJson } from "@/lib/export/render-claimreview";
import { buildExportDocument, HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const render = (doc: ExportDocument): Json[] => JSON.parse(renderClaimReviewJson(doc));

// The schema.org properties each type may carry here (https://schema.org/ClaimReview and friends).
const PROPERTIES: Record<string, string[]> = {
  ClaimReview: ["@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished"],
  Rating: ["@type", "alternateName", "ratingValue", "bestRating", "worstRating", "ratingExplanation"],
  Claim: ["@type", "author", "appearance", "datePublished"],
  CreativeWork: ["@type", "headline", "url", "author", "publisher", "datePublished"],
  Organization: ["@type", "name", "url"],
  Person: ["@type", "name"],
};
function assertSchemaShape(node: Json): void {
  const allowed = PROPERTIES[node["@type"]];
  expect(allowed, `unexpected @type ${node["@type"]}`).toBeDefined();
  for (const [key, value] of Object.entries(node)) {
    expect(allowed, key).toContain(key);
    if (value && typeof value === "object") assertSchemaShape(value);
  }
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe.each([
  ["seed", seedExport],
  ["hostile", hostileExport],
])("renderClaimReviews (%s fixture)", (_, fixture) => {
  const doc = fixture();
  const approved = doc.claims.filter((c) => c.status === "APPROVED");
  const reviews = render(doc);

  it("has one ClaimReview per approved claim, in order, with every required field", () => {
    expect(reviews.map((r) => r.claimReviewed)).toEqual(approved.map((c) => c.quote.exact));
    reviews.forEach((r, i) => {
      const claim = approved[i]!;
      assertSchemaShape(r);
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      expect(r.url).toBe(`${doc.publicUrl}#claim-${i + 1}`);
      expect(r.author).toEqual({ "@type": "Organization", name: doc.newsroom.name, url: doc.newsroom.url });
      expect(r.datePublished).toBe(claim.reviewedAt!.slice(0, 10));
      expect(r.datePublished).toMatch(DATE);
      expect(r.itemReviewed).toEqual({
        "@type": "Claim",
        author: { "@type": "Person", name: claim.claimant },
        appearance: {
          "@type": "CreativeWork",
          headline: doc.article.title,
          url: doc.article.url,
          publisher: { "@type": "Organization", name: doc.article.outlet },
          datePublished: "2017-03-02",
        },
        datePublished: "2017-03-02",
      });
    });
  });

  it("rates ordinal verdicts on a 1..5 scale and names every verdict", () => {
    reviews.forEach((r, i) => {
      const verdict = approved[i]!.verdict!;
      const scale = verdict.ordinal === null ? {} : { ratingValue: verdict.ordinal, bestRating: 5, worstRating: 1 };
      expect(r.reviewRating).toEqual({
        "@type": "Rating",
        alternateName: verdict.label,
        ...scale,
        ratingExplanation: approved[i]!.rationale,
      });
    });
  });

  it("links only to http(s) addresses", () => {
    for (const r of reviews) {
      for (const url of [r.url, r.author.url, r.itemReviewed.appearance.url])
        expect(new URL(url).protocol).toMatch(/^https?:$/);
    }
  });
});

describe("renderClaimReviews", () => {
  it("skips claims not approved, and rates verdicts as the scale says", () => {
    const reviews = render(seedExport());
    expect(reviews).toHaveLength(3);
    expect(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue])).toEqual([
      ["Unsupported", undefined],
      ["False", 1],
      ["Mostly true", 4],
    ]);
    expect(reviews.map((r) => r.claimReviewed)).not.toContain("over 25 conversations");
  });

  it("keeps hostile strings intact, and gives a non-ordinal verdict no numbers", () => {
    const [first, second] = render(hostileExport());
    expect(first!.claimReviewed).toBe(HOSTILE.quote);
    expect(first!.itemReviewed.author.name).toBe(HOSTILE.claimant);
    expect(first!.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Misleading",
      ratingExplanation: HOSTILE.rationale,
    });
    expect(second!.reviewRating).toMatchObject({
      alternateName: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    });
    expect(JSON.parse(jsonLdScript(render(hostileExport())))).toEqual(render(hostileExport()));
  });

  it("omits what the claim or article does not record, and skips approved claims without a verdict", () => {
    const doc = buildExportDocument({
      title: "Plain",
      body: "The mayor said taxes fell. The council said rents rose.",
      claims: [
        { quote: "taxes fell", verdict: "mixed" },
        { quote: "rents rose", verdict: null },
      ],
    });
    doc.article = { ...doc.article, url: null, publishedAt: null, outlet: null };
    const [review, ...rest] = render(doc);
    expect(rest).toEqual([]);
    expect(review!.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", headline: "Plain" },
    });
    expect(review!.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Mixed",
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
    });
  });

  it("deep-links to the claim's own stable number, on the public page or else on the desk", () => {
    const doc = buildExportDocument({
      title: "Numbering",
      body: "First claim here. Second claim here.",
      claims: [
        { quote: "First claim", verdict: "false", status: "DRAFT" },
        { quote: "Second claim", verdict: "true" },
      ],
    });
    doc.scope = "all";
    // Claim 1 is a draft and not reviewed: the approved claim keeps its number 2 everywhere.
    expect(render(doc).map((r) => r.url)).toEqual([`${doc.publicUrl}#claim-2`]);
    const unpublished = { ...doc, publicUrl: null, targetUrl: "https://desk.example.org/articles/article-1" };
    expect(render(unpublished).map((r) => r.url)).toEqual(["https://desk.example.org/articles/article-1#claim-2"]);
  });
});
