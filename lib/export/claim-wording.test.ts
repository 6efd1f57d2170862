import { describe, expect, it } from "vitest";
import { oneLineRationale } from "@/lib/export/claim-wording";

describe("oneLineRationale", () => {
  it.each([
    ["He met Kislyak twice. Both meetings are on record.", "He met Kislyak twice."],
    ["Taxes fell 12.5 percent, not 40. The audit says so.", "Taxes fell 12.5 percent, not 40."],
    ["See e.g. the audit. It is public.", "See e.g. the audit."],
    ["Is it true? “No,” says the audit.", "Is it true?"],
    ["Line one\nline two.", "Line one line two."],
    ["No full stop at all", "No full stop at all"],
  ])("%j → %j", (rationale, line) => expect(oneLineRationale(rationale)).toBe(line));

  it("cuts a long first sentence at a word, near 160 characters", () => {
    const line = oneLineRationale(`${"word ".repeat(60)}end.`);
    expect(line.length).toBeLessThanOrEqual(161);
    expect(line).toMatch(/^(word )+word…$/);
  });
});
