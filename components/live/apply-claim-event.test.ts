import { describe, expect, it } from "vitest";
import { applyClaimEvent } from "@/components/live/apply-claim-event";
import { claimView, deskEvent } from "@/components/live/testing/fixtures";

const one = claimView("c1");

describe("applyClaimEvent", () => {
  it("adds a claim made elsewhere, once", () => {
    const two = claimView("c2", { number: 2 });
    const first = applyClaimEvent([one], deskEvent("claim.created", two), 1);
    expect(first.change.kind).toBe("added");
    expect(first.claims.map((c) => c.id)).toEqual(["c1", "c2"]);
    const again = applyClaimEvent(first.claims, deskEvent("claim.created", two), 1);
    expect(again.change.kind).toBe("none");
    expect(again.claims).toHaveLength(2);
  });

  it("replaces a claim with its newer version and reports what it was", () => {
    const newer = { ...one, verdict: "false", version: 2 };
    const { claims, change } = applyClaimEvent([one], deskEvent("claim.updated", newer), 1);
    expect(claims).toEqual([newer]);
    expect(change).toEqual({ kind: "changed", claim: newer, before: one });
  });

  it("keeps this page's own later save when the event carries an older version", () => {
    const saved = { ...one, version: 3, rationale: "mine" };
    const { claims, change } = applyClaimEvent([saved], deskEvent("claim.updated", { ...one, version: 2 }), 1);
    expect(claims).toEqual([saved]);
    expect(change.kind).toBe("none");
  });

  it("takes a new source list at the same version (sources do not bump it)", () => {
    const source = {
      id: "s1",
      claimId: "c1",
      url: "https://example.org/budget",
      title: "City budget",
      publisher: null,
      excerpt: null,
      stance: "REFUTES" as const,
      addedBy: { id: "erin", name: "Erin Editor" },
      createdAt: "2026-12-01T10:00:00.000Z",
    };
    const withSource = { ...one, sources: [source] };
    const { claims, change } = applyClaimEvent([one], deskEvent("source.added", withSource), 1);
    expect(claims[0]?.sources).toHaveLength(1);
    expect(change.kind).toBe("changed");
  });

  it("removes a deleted claim and reports it; a second deletion changes nothing", () => {
    const gone = deskEvent("claim.deleted", null, { claimId: "c1" });
    const first = applyClaimEvent([one], gone, 1);
    expect(first.claims).toEqual([]);
    expect(first.change).toEqual({ kind: "removed", claim: one });
    expect(applyClaimEvent(first.claims, gone, 1).change.kind).toBe("none");
  });

  it("moves a re-anchored claim to its new words", () => {
    const moved = claimView("c1", {
      version: 2,
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: "taxes rose", prefix: "", suffix: "" },
          { type: "TextPositionSelector", start: 40, end: 50 },
        ],
      },
    });
    const { claims } = applyClaimEvent([one], deskEvent("claim.reanchored", moved), 1);
    expect(claims[0]?.target.selector[1]).toMatchObject({ start: 40, end: 50 });
  });

  it("leaves claims of a newer revision's text for the reload, but shows their new verdict", () => {
    const onRevision2 = { anchor: { status: "exact" as const, score: 1, revision: 2 } };
    const fresh = claimView("c2", { number: 2, ...onRevision2 });
    expect(applyClaimEvent([one], deskEvent("claim.created", fresh), 1).change.kind).toBe("none");

    const moved = {
      ...one,
      ...onRevision2,
      version: 2,
      verdict: "true",
      target: { selector: [one.target.selector[0], { ...one.target.selector[1], start: 99, end: 109 }] },
    } as typeof one;
    const { claims } = applyClaimEvent([one], deskEvent("claim.reanchored", moved), 1);
    expect(claims[0]?.verdict).toBe("true");
    expect(claims[0]?.target).toEqual(one.target);
    expect(claims[0]?.anchor.revision).toBe(1);
  });

  it("passes by events that carry no claim (revisions, publishing, types it does not know)", () => {
    for (const event of [
      deskEvent("revision.created", null, { claimId: null, claim: undefined, data: { revision: 2 } }),
      deskEvent("presence.joined", null, { claimId: "c1", claim: undefined }),
    ]) {
      const result = applyClaimEvent([one], event, 1);
      expect(result.change.kind).toBe("none");
      expect(result.claims).toEqual([one]);
    }
  });
});
