import { describe, expect, it } from "vitest";
import { hostileExport, seedExport } from "@/lib/export/testing/fixtures";

describe("export fixtures", () => {
  it("anchor every claim on its quote and number them in text order, outer before nested", () => {
    for (const doc of [seedExport(), hostileExport()]) {
      for (const c of doc.claims) expect(doc.text.slice(c.anchored!.start, c.anchored!.end)).toBe(c.quote.exact);
      const starts = doc.claims.map((c) => c.anchored!.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const seed = seedExport();
    expect(seed.claims.map((c) => c.quote.exact.slice(0, 20))).toEqual([
      "I never met with any",
      "did not have communi",
      "the Senator had over",
      "over 25 conversation",
    ]);
  });

  it("keeps unsafe source URLs out of links", () => {
    const sources = hostileExport().claims.flatMap((c) => c.sources);
    expect(sources.map((s) => s.url === null)).toEqual([false, true]);
  });
});
