import { describe, expect, it } from "vitest";
import {
  assignmentChoices,
  assignmentRefusal,
  describeAssignment,
  matchesAssigneeFilter,
} from "@/lib/claims/assignment";
import { can, claimOwners } from "@/lib/permissions";

const casey = { id: "casey", role: "CHECKER" as const };
const erin = { id: "erin", role: "EDITOR" as const };
const admin = { id: "ada", role: "ADMIN" as const };

describe("assignmentRefusal", () => {
  it("lets editors and admins assign, reassign and unassign anyone", () => {
    for (const user of [erin, admin]) {
      expect(assignmentRefusal(user, null, "casey")).toBeNull();
      expect(assignmentRefusal(user, "dana", "casey")).toBeNull();
      expect(assignmentRefusal(user, "dana", null)).toBeNull();
    }
  });

  it("lets a checker take an unassigned claim and hand back their own", () => {
    expect(assignmentRefusal(casey, null, "casey")).toBeNull();
    expect(assignmentRefusal(casey, "casey", null)).toBeNull();
  });

  it("refuses a checker who assigns someone else or takes a claim another holds", () => {
    expect(assignmentRefusal(casey, null, "dana")).toMatch(/only an editor can assign it to someone else/);
    expect(assignmentRefusal(casey, "dana", "casey", "Dana Checker")).toBe(
      "This claim is assigned to Dana Checker. Only an editor can reassign it.",
    );
    expect(assignmentRefusal(casey, "dana", null, "Dana Checker")).toMatch(/assigned to Dana Checker/);
  });

  it("has nothing to refuse when the assignee stays the same", () => {
    expect(assignmentRefusal(casey, "dana", "dana")).toBeNull();
  });
});

describe("assignmentChoices", () => {
  it("offers editors the select, and a checker take or hand back as the claim stands", () => {
    expect(assignmentChoices(erin, "dana")).toEqual({ anyone: true, take: false, handBack: false });
    expect(assignmentChoices(casey, null)).toEqual({ anyone: false, take: true, handBack: false });
    expect(assignmentChoices(casey, "casey")).toEqual({ anyone: false, take: false, handBack: true });
    expect(assignmentChoices(casey, "dana")).toEqual({ anyone: false, take: false, handBack: false });
  });
});

describe("own claims include assigned ones", () => {
  it("gives a checker the 'own' grants on a claim assigned to them", () => {
    const claim = claimOwners({ createdById: "erin", assigneeId: "casey" });
    expect(can(casey, "claim.edit", claim)).toBe(true);
    expect(can(casey, "claim.submit", claim)).toBe(true);
    expect(can(casey, "source.manage", claim)).toBe(true);
    expect(can(casey, "claim.edit", claimOwners({ createdById: "erin", assigneeId: null }))).toBe(false);
    expect(can(casey, "claim.review", claim)).toBe(false);
  });
});

describe("describeAssignment", () => {
  const person = (id: string, name: string) => ({ id, name });
  it("tells each change in words, from the actor's point of view", () => {
    expect(describeAssignment("erin", { before: null, after: person("casey", "Casey Checker") })).toBe(
      "assigned the claim to Casey Checker",
    );
    expect(describeAssignment("casey", { before: null, after: person("casey", "Casey Checker") })).toBe(
      "took the claim",
    );
    expect(describeAssignment("casey", { before: person("casey", "Casey Checker"), after: null })).toBe(
      "handed the claim back",
    );
    expect(describeAssignment("erin", { before: person("casey", "Casey Checker"), after: null })).toBe(
      "unassigned the claim from Casey Checker",
    );
    expect(
      describeAssignment("erin", { before: person("casey", "Casey Checker"), after: person("dana", "Dana Checker") }),
    ).toBe("assigned the claim to Dana Checker (it was with Casey Checker)");
  });
});

describe("matchesAssigneeFilter", () => {
  const mine = { assignee: { id: "casey" } };
  const theirs = { assignee: { id: "dana" } };
  const nobody = { assignee: null };
  it("keeps the claims assigned to the user, or to nobody, or all", () => {
    expect([mine, theirs, nobody].filter((c) => matchesAssigneeFilter(c, "MINE", "casey"))).toEqual([mine]);
    expect([mine, theirs, nobody].filter((c) => matchesAssigneeFilter(c, "UNASSIGNED", "casey"))).toEqual([nobody]);
    expect([mine, theirs, nobody].filter((c) => matchesAssigneeFilter(c, "ANYONE", "casey"))).toHaveLength(3);
  });
});
