import { describe, expect, it } from "vitest";
import { JSON_DEPTH_LIMIT, jsonDepthExceeds } from "@/server/http/json-depth";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("jsonDepthExceeds", () => {
  it("accepts nesting up to the limit and refuses one level more", () => {
    expect(jsonDepthExceeds(nested(JSON_DEPTH_LIMIT))).toBe(false);
    expect(jsonDepthExceeds(nested(JSON_DEPTH_LIMIT + 1))).toBe(true);
    expect(jsonDepthExceeds('{"a":'.repeat(JSON_DEPTH_LIMIT + 1) + "1" + "}".repeat(JSON_DEPTH_LIMIT + 1))).toBe(true);
  });

  it("counts depth, not the number of brackets", () => {
    expect(jsonDepthExceeds(JSON.stringify(Array.from({ length: 10_000 }, () => [{ a: [1] }])))).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ body: "[".repeat(1000), quote: 'say \\"[[[["', tail: "\\" });
    expect(jsonDepthExceeds(text)).toBe(false);
    expect(jsonDepthExceeds(`["\\\\", ${nested(JSON_DEPTH_LIMIT)}]`)).toBe(true);
  });

  it("stops at the limit on a 2,000,000-deep body", () => {
    expect(jsonDepthExceeds("[".repeat(2_000_000))).toBe(true);
  });
});
