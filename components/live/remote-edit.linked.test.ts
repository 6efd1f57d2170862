import { describe, expect, it } from "vitest";
import { describeRemoteEdit, remoteEditAfter } from "@/components/live/remote-edit";
import { applyClaimEvent } from "@/components/live/apply-claim-event";
import { claimView, deskEvent } from "@/components/live/testing/fixtures";

const loaded = claimView("c1", { version: 3 });
const copied = { ...loaded, version: 4, verdict: "false", rationale: "Checked in March." };

describe("a claim.linked event", () => {
  it("shows the copied verdict on a page that holds the claim", () => {
    const { claims, change } = applyClaimEvent([loaded], deskEvent("claim.linked", copied), 1);
    expect(change.kind).toBe("changed");
    expect(claims[0]).toMatchObject({ verdict: "false", version: 4 });
  });

  it("warns someone typing in the claim that a fact-check was copied in, but not for a link alone", () => {
    const edit = remoteEditAfter(deskEvent("claim.linked", copied), loaded, "casey", null);
    expect(describeRemoteEdit(edit ?? { people: [], fields: [] })).toBe(
      "Erin Editor changed this claim: verdict, rationale",
    );
    expect(remoteEditAfter(deskEvent("claim.linked", loaded), loaded, "casey", null)).toBeNull();
  });
});
