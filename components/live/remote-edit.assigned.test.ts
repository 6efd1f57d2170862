import { describe, expect, it } from "vitest";
import { describeRemoteEdit, remoteEditAfter } from "@/components/live/remote-edit";
import { applyClaimEvent } from "@/components/live/apply-claim-event";
import { claimView, deskEvent } from "@/components/live/testing/fixtures";

const loaded = claimView("c1", { version: 3 });
const assigned = { ...loaded, version: 4, assignee: { id: "dana", name: "Dana Checker" } };

describe("a claim.assigned event", () => {
  it("updates the claim a page holds", () => {
    const { claims, change } = applyClaimEvent([loaded], deskEvent("claim.assigned", assigned), 1);
    expect(change.kind).toBe("changed");
    expect(claims[0]?.assignee).toEqual({ id: "dana", name: "Dana Checker" });
  });

  it("warns someone typing in the claim that its version moved, naming the assignee change", () => {
    const edit = remoteEditAfter(deskEvent("claim.assigned", assigned), loaded, "casey", null);
    expect(describeRemoteEdit(edit ?? { people: [], fields: [] })).toBe("Erin Editor changed this claim: assignee");
  });
});
