import { describe, expect, it } from "vitest";
import { othersPresent, presenceList, type PresenceEntry } from "@/lib/presence/presence-entry";

const erin: PresenceEntry = { user: { id: "u1", name: "Erin Editor", initials: "EE" }, claimId: "c4", claimNumber: 4 };
const casey: PresenceEntry = {
  user: { id: "u2", name: "Casey Checker", initials: "CC" },
  claimId: null,
  claimNumber: null,
};

describe("presenceList", () => {
  it("keeps well-formed entries and drops the rest", () => {
    expect(presenceList([erin, { user: { id: "u3" } }, null, "Erin", casey])).toEqual([erin, casey]);
  });

  it("reads anything that is not a list as nobody", () => {
    expect(presenceList(undefined)).toEqual([]);
    expect(presenceList({ presence: [erin] })).toEqual([]);
  });
});

describe("othersPresent", () => {
  it("leaves out the user themselves", () => {
    expect(othersPresent([erin, casey], "u1")).toEqual([casey]);
  });
});
