import { describe, expect, it } from "vitest";
import { docFromPlainText } from "@/lib/article/plain-text";
import { buildTextIndex } from "@/lib/article/text-index";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import type { ClaimView } from "@/lib/claims/claim-view";
import { anchorClaims } from "@/components/claims/anchor-claims";

const index = buildTextIndex(docFromPlainText("First paragraph here.\n\nThe mayor said taxes fell."));
// Numbers are handed out in creation order, as the database does.
let created = 0;

function claim(
  id: string,
  exact: string,
  verdict: string | null = null,
  position?: { start: number; end: number },
): ClaimView {
  const start = position?.start ?? index.text.indexOf(exact);
  const { quote, position: pos } = selectorsForRange(index.text, start, start + exact.length);
  const person = { id: "u", name: "U" };
  return {
    id,
    articleId: "a",
    number: ++created,
    anchor: { status: "exact", score: 1, revision: 1 },
    target: { selector: [{ ...quote, exact }, position ? { ...pos, ...position } : pos] },
    claimant: null,
    verdict,
    rationale: null,
    status: "DRAFT",
    version: 1,
    createdBy: person,
    updatedBy: person,
    verdictEditedBy: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    assignee: null,
    createdAt: "",
    updatedAt: "",
    sources: [],
  };
}

describe("anchorClaims", () => {
  it("lists claims in text order, outer before nested, each keeping the number it was created with", () => {
    created = 0;
    const { listed } = anchorClaims(
      [
        claim("taxes", "taxes fell"),
        claim("first", "First paragraph"),
        claim("mayor", "The mayor said taxes fell"),
        claim("para", "paragraph"),
      ],
      index,
    );
    expect(listed.map((c) => [c.number, c.claim.id])).toEqual([
      [2, "first"],
      [4, "para"],
      [3, "mayor"],
      [1, "taxes"],
    ]);
  });

  it("maps text offsets to editor positions across the paragraph boundary", () => {
    created = 0;
    const { highlights } = anchorClaims([claim("mayor", "The mayor", "false")], index);
    // doc(0) p(1) "First paragraph here." = 21 chars, closes at 23; second p content starts at 24.
    expect(highlights).toEqual([
      expect.objectContaining({
        claimId: "mayor",
        from: 24,
        to: 33,
        number: 1,
        symbol: "✗",
        label: "Claim 1: False ✗",
      }),
    ]);
  });

  it("falls back to the quote when the stored position no longer matches, and lists orphans last", () => {
    created = 0;
    const moved = claim("moved", "taxes fell", null, { start: 0, end: 10 });
    const orphan = claim("orphan", "First paragraph");
    orphan.target.selector[0] = { ...orphan.target.selector[0], exact: "Sessions resigned" };
    const { listed, highlights } = anchorClaims([orphan, moved], index);
    expect(listed.map((c) => [c.claim.id, c.anchored])).toEqual([
      ["moved", true],
      ["orphan", false],
    ]);
    expect(highlights.map((h) => h.claimId)).toEqual(["moved"]);
    expect(highlights[0]!.label).toBe("Claim 1: no verdict yet");
  });

  it("never places an orphan, even where its old quote still occurs in the new text", () => {
    created = 0;
    const orphan = claim("orphan", "taxes fell");
    orphan.anchor = { status: "orphaned", score: 0.2, revision: 1 };
    const { listed, highlights } = anchorClaims([orphan], index);
    expect(listed.map((c) => [c.claim.id, c.anchored])).toEqual([["orphan", false]]);
    expect(highlights).toEqual([]);
  });
});
