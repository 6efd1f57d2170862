import { describe, expect, it } from "vitest";
import { isAfter, parseDeskEvent } from "@/components/live/desk-event";

describe("parseDeskEvent", () => {
  it("reads the stream's JSON, ids as strings", () => {
    const event = parseDeskEvent(
      JSON.stringify({ id: 42, articleId: "a", type: "claim.created", claimId: "c", actor: null, data: {}, at: "" }),
    );
    expect(event).toMatchObject({ id: "42", articleId: "a", type: "claim.created", claimId: "c", actor: null });
  });

  it("drops what is not a desk event instead of failing the stream", () => {
    for (const raw of ["", "not json", "null", "[]", JSON.stringify({ id: 1, type: "x" })]) {
      expect(parseDeskEvent(raw)).toBeNull();
    }
  });
});

describe("isAfter", () => {
  it("compares log ids as integers, past 2^53 too", () => {
    expect(isAfter("10", "9")).toBe(true);
    expect(isAfter("9", "10")).toBe(false);
    expect(isAfter("9", "9")).toBe(false);
    expect(isAfter("9007199254740993", "9007199254740992")).toBe(true);
    expect(isAfter("1", null)).toBe(true);
  });
});
