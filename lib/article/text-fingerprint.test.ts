import { describe, expect, it } from "vitest";
import { normalizeForFingerprint } from "@/lib/article/text-fingerprint";

describe("normalizeForFingerprint", () => {
  it("ignores quote styles, no-break spaces and runs of whitespace", () => {
    expect(normalizeForFingerprint("  “Robin’s”\u00a0\u00a0said\n\nso. ")).toBe(`"Robin's" said so.`);
    expect(normalizeForFingerprint("“Robin’s” said so.")).toBe(normalizeForFingerprint('"Robin\'s"  said\tso.'));
  });

  it("still tells different words apart", () => {
    expect(normalizeForFingerprint("Robin said so.")).not.toBe(normalizeForFingerprint("Elisa said so."));
    expect(normalizeForFingerprint("25 conversations")).not.toBe(normalizeForFingerprint("twenty-five conversations"));
  });
});
