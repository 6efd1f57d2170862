import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/claims/describe-change";

describe("a LINKED history event", () => {
  it("says the claim uses an earlier fact-check and what was copied, never the raw id", () => {
    const lines = describeChanges({
      action: "LINKED",
      changes: {
        linkedClaim: { before: null, after: "cl_123" },
        verdict: { before: null, after: "false" },
        rationale: { before: null, after: "Checked." },
        sources: { before: 1, after: 3 },
      },
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        "Verdict: — → False",
        "Rationale: — → “Checked.”",
        "Linked to the earlier claim whose fact-check it uses",
        "Sources copied: 2",
      ]),
    );
    expect(lines.join(" ")).not.toContain("cl_123");
  });
});
