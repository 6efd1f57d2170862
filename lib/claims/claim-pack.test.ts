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

// Claim b's quote is this text's own at 40..53; claim a's fixture quote is not in it.
const TEXT = `${"x".repeat(32)}He said crime doubled in a year, police figures show otherwise.`;
const roundTrip = (list: typeof claims, text = TEXT) =>
  unpackClaims(JSON.parse(JSON.stringify(packClaims("art", list, text))), text);

describe("packClaims", () => {
  it("unpacks to exactly the claims it was given", () => {
    expect(roundTrip(claims)).toEqual(claims);
    expect(roundTrip(claims, "")).toEqual(claims);
  });

  it("leaves out the quote and context the article's text holds at the claim's offsets", () => {
    const b = claims[1]!;
    const own = {
      ...b,
      target: {
        selector: [
          {
            type: "TextQuoteSelector" as const,
            exact: "crime doubled",
            prefix: `${"x".repeat(24)}He said `,
            suffix: " in a year, police figures show ",
          },
          b.target.selector[1],
        ] as typeof b.target.selector,
      },
    };
    const [row] = packClaims("art", [own], TEXT).rows;
    expect(row!.slice(2, 5)).toEqual([null, null, null]);
    expect(roundTrip([own])).toEqual([own]);
    // Edited after the claim was made: what the claim says is kept, not the text's new words.
    const [kept] = packClaims("art", [own], TEXT.replace("crime doubled", "crime tripled")).rows;
    expect(kept!.slice(2, 5)).toEqual(["crime doubled", null, null]);
    expect(roundTrip([own], TEXT.replace("crime doubled", "crime tripled"))).toEqual([own]);
  });

  it("writes an exact anchor as its revision, and leaves out trailing empty people and times", () => {
    const plain = { ...claims[0]!, anchor: { status: "exact" as const, score: 1, revision: 4 } };
    const [row] = packClaims("art", [plain, claims[1]!], TEXT).rows;
    expect(row![7]).toBe(4);
    expect(row![13]).toHaveLength(2);
    expect(row![14]).toHaveLength(2);
    expect(roundTrip([plain, claims[1]!])).toEqual([plain, claims[1]!]);
  });

  it("sends times as milliseconds, and a time that would not come back the same as itself", () => {
    const odd = { ...claims[0]!, createdAt: "2026-12-01T10:00:00Z" };
    const [row] = packClaims("art", [claims[1]!, odd], TEXT).rows;
    expect(row![14][0]).toBe(Date.parse(claims[1]!.createdAt));
    expect(roundTrip([odd])).toEqual([odd]);
  });

  it("writes each person once and is much smaller than the claims as JSON", () => {
    const packed = packClaims("art", claims, TEXT);
    // casey (the fixture's author) and erin, however many fields and sources name them.
    expect(packed.people.map((p) => p.id).sort()).toEqual(["casey", "erin"]);
    const many = Array.from({ length: 100 }, (_, i) => ({ ...claims[1]!, id: `c${i}`, number: i + 1, sources: [] }));
    expect(JSON.stringify(packClaims("art", many, TEXT)).length).toBeLessThan(JSON.stringify(many).length * 0.5);
  });
});
