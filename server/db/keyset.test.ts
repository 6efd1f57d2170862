import { describe, expect, it } from "vitest";
import { rowsAfter } from "@/server/db/keyset";

describe("rowsAfter", () => {
  it("is each column greater (or, descending, less) with every column before it equal", () => {
    const at = new Date("2026-01-02T03:04:05Z");
    expect(
      rowsAfter([
        { field: "createdAt", direction: "desc", value: at },
        { field: "id", direction: "asc", value: "c9" },
      ]),
    ).toEqual({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { gt: "c9" } }] });
  });

  it("puts every non-null value after a null one when nulls sort first", () => {
    expect(
      rowsAfter([
        { field: "submittedAt", direction: "asc", nulls: "first", value: null },
        { field: "id", direction: "asc", value: "c9" },
      ]),
    ).toEqual({ OR: [{ submittedAt: { not: null } }, { submittedAt: null, id: { gt: "c9" } }] });
  });

  it("refuses a null in a column whose order does not place nulls", () => {
    expect(() => rowsAfter([{ field: "updatedAt", direction: "desc", value: null }])).toThrow(/updatedAt/);
  });
});
