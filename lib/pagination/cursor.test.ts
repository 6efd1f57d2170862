import { describe, expect, it } from "vitest";
import { CursorParam, decodeCursor, encodeCursor, limitParam, pageOf } from "@/lib/pagination/cursor";

describe("cursors", () => {
  it("give back the values they were made of, for their own sort only", () => {
    const cursor = encodeCursor("newest", ["2026-12-01T10:00:00.000Z", "cm3x…é", 7, null]);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(CursorParam.safeParse(cursor).success).toBe(true);
    expect(decodeCursor(cursor, "newest", 4)).toEqual(["2026-12-01T10:00:00.000Z", "cm3x…é", 7, null]);
    expect(decodeCursor(cursor, "title", 4)).toBeNull();
    expect(decodeCursor(cursor, "newest", 2)).toBeNull();
  });

  it("refuse anything else", () => {
    for (const raw of ["", "not-a-cursor", btoa("{}"), btoa('["newest",{"a":1}]'), btoa('["newest",1e999]')]) {
      expect(decodeCursor(raw.replace(/=+$/, ""), "newest", 1)).toBeNull();
    }
    expect(CursorParam.safeParse("a b").success).toBe(false);
  });
});

describe("limitParam", () => {
  it("takes a whole number from 1 to the maximum, and leaves the default to the list", () => {
    const limit = limitParam(100);
    expect(limit.parse("25")).toBe(25);
    expect(limit.parse(undefined)).toBeUndefined();
    expect(limit.parse("")).toBeUndefined();
    for (const bad of ["0", "101", "2.5", "ten"]) expect(limit.safeParse(bad).success).toBe(false);
  });
});

describe("pageOf", () => {
  it("shows `limit` rows and makes the next cursor from the last one shown only when there are more", () => {
    const rows = [1, 2, 3];
    expect(pageOf(rows, 2, (n) => n * 10, String)).toEqual({ items: [10, 20], nextCursor: "2" });
    expect(pageOf(rows, 3, (n) => n, String)).toEqual({ items: [1, 2, 3], nextCursor: null });
    expect(pageOf([], 3, (n: number) => n, String)).toEqual({ items: [], nextCursor: null });
  });
});
