import { describe, expect, it } from "vitest";
import { jsonLdScript } from "@/lib/export/json-ld-script";
import { renderClaimReviews } from "@/lib/export/render-claimreview";
import { renderWebAnnotations } from "@/lib/export/render-annotations";
import { HOSTILE, hostileExport } from "@/lib/export/testing/fixtures";

const breakouts = [
  "</script><script>alert(1)</script>",
  "</SCRIPT >",
  "<!-- <script>",
  "]]> --> & &amp; <br>",
  "line\u2028separator\u2029paragraph",
  `quote " backslash \\ tab \t bell \u0007 nul \u0000 emoji 🤥 rtl שלום`,
];

function assertInert(script: string): void {
  expect(script.toLowerCase()).not.toContain("</script");
  expect(script).not.toContain("<!--");
  expect(script).not.toMatch(/[<>&\u2028\u2029]/);
}

describe("jsonLdScript", () => {
  it("escapes every string that could end or confuse the script element, and parses back exactly", () => {
    for (const value of breakouts) {
      const data = { "@context": "https://schema.org", text: value, nested: [{ [value]: value }] };
      const script = jsonLdScript(data);
      assertInert(script);
      expect(JSON.parse(script)).toEqual(data);
    }
  });

  it("keeps hostile export data intact", () => {
    for (const data of [renderClaimReviews(hostileExport()), renderWebAnnotations(hostileExport())]) {
      const script = jsonLdScript(data);
      assertInert(script);
      expect(JSON.parse(script)).toEqual(JSON.parse(JSON.stringify(data)));
    }
    expect(JSON.parse(jsonLdScript(HOSTILE.quote))).toBe(HOSTILE.quote);
    expect(jsonLdScript("</script>&\u2028")).toBe('"\\u003c/script\\u003e\\u0026\\u2028"');
  });

  it("writes valid JSON for values JSON.stringify cannot represent", () => {
    expect(jsonLdScript(undefined)).toBe("null");
    expect(JSON.parse(jsonLdScript({ a: undefined, b: 1 }))).toEqual({ b: 1 });
  });
});
