import { describe, expect, it } from "vitest";
import { describeRemoteEdit, remoteEditAfter } from "@/components/live/remote-edit";
import { claimView, deskEvent } from "@/components/live/testing/fixtures";

const loaded = claimView("c1", { version: 3 });
const saved = (version: number) => ({ ...loaded, version });

describe("remoteEditAfter", () => {
  it("names the person and the fields they changed on the open claim", () => {
    const edit = remoteEditAfter(
      deskEvent("claim.updated", saved(4), { data: { fields: ["rationale", "verdict"] } }),
      loaded,
      "casey",
      null,
    );
    expect(edit).toMatchObject({ base: loaded, people: ["Erin Editor"], fields: ["verdict", "rationale"] });
    expect(describeRemoteEdit(edit ?? { people: [], fields: [] })).toBe(
      "Erin Editor changed this claim: verdict, rationale",
    );
  });

  it("adds later changes by others to the same notice, each name and field once", () => {
    const first = remoteEditAfter(
      deskEvent("claim.updated", saved(4), { data: { fields: ["verdict"] } }),
      loaded,
      "casey",
      null,
    );
    const second = remoteEditAfter(
      deskEvent("claim.status", saved(5), { actor: { id: "sam", name: "Sam Desk" }, data: { status: "IN_REVIEW" } }),
      loaded,
      "casey",
      first,
    );
    const third = remoteEditAfter(
      deskEvent("claim.updated", saved(6), { data: { fields: ["verdict", "claimant"] } }),
      loaded,
      "casey",
      second,
    );
    expect(third?.base).toBe(loaded);
    expect(describeRemoteEdit(third ?? { people: [], fields: [] })).toBe(
      "Erin Editor and Sam Desk changed this claim: claimant, verdict, status",
    );
  });

  it("ignores the user's own saves, versions the form already has, other claims and other events", () => {
    const cases = [
      deskEvent("claim.updated", saved(4), { actor: { id: "casey", name: "Casey Checker" } }),
      deskEvent("claim.updated", saved(3)),
      deskEvent("claim.updated", claimView("c2", { version: 9 })),
      deskEvent("source.added", saved(3)),
      deskEvent("comment.added", saved(4)),
    ];
    for (const event of cases) expect(remoteEditAfter(event, loaded, "casey", null)).toBeNull();
  });
});
