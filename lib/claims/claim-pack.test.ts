import { describe, expect, it } from "vitest";
import { packClaims, unpackClaims } from "@/lib/claims/claim-pack";
import { claimView } from "@/components/live/testing/fixtures";

const erin = { id: "erin", name: "Erin Editor" };
const casey = { id: "casey", name: "Casey Checker" };

const claims = [
  claimView("a", { articleId: "art" }),
  claimView("b", {
    articleId: "art",
    number: 2,
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: "crime doubled", prefix: "He said ", suffix: " in a year" },
        { type: "TextPositionSelector", start: 40, end: 53 },
      ],
    },
    anchor: { status: "fuzzy", score: 0.82, revision: 3 },
    claimant: "Jeff Sessions",
    verdict: "false",
    rationale: "Police figures show a 4% rise.",
    status: "APPROVED",
    version: 7,
    updatedBy: erin,
    verdictEditedBy: casey,
    submittedAt: "2026-12-01T11:00:00.000Z",
    reviewedBy: erin,
    reviewedAt: "2026-12-01T12:00:00.000Z",
    assignee: { id: "erin", name: "Erin Editor" },
    sources: [
      {
        id: "s1",
        claimId: "b",
        url: "https://police.example/figures",
        title: "Crime figures",
        publisher: null,
        excerpt: "up 4%",
        stance: "REFUTES",
        addedBy: casey,
        createdAt: "2026-12-01T10:30:00.000Z",
      },
    ],
  }),
];

describe("packClaims", () => {
  it("unpacks to exactly the claims it was given", () => {
    expect(unpackClaims(JSON.parse(JSON.stringify(packClaims("art", claims))))).toEqual(claims);
  });

  it("writes each person once and is much smaller than the claims as JSON", () => {
    const packed = packClaims("art", claims);
    // casey (the fixture's author) and erin, however many fields and sources name them.
    expect(packed.people.map((p) => p.id).sort()).toEqual(["casey", "erin"]);
    const many = Array.from({ length: 100 }, (_, i) => ({ ...claims[1]!, id: `c${i}`, number: i + 1, sources: [] }));
    expect(JSON.stringify(packClaims("art", many)).length).toBeLessThan(JSON.stringify(many).length * 0.6);
  });
});
