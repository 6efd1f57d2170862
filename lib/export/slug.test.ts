import { describe, expect, it } from "vitest";
import { exportFilename, slugify } from "@/lib/export/slug";

describe("slugify", () => {
  it.each([
    ["Sessions met with Russian envoy twice last year", "sessions-met-with-russian-envoy-twice-last-year"],
    ["  Crème brûlée: “quotes” & <tags>!  ", "creme-brulee-quotes-tags"],
    ["שלום 🤥", "article"],
    ["../../etc/passwd", "etc-passwd"],
  ])("%s → %s", (title, slug) => expect(slugify(title)).toBe(slug));

  it("cuts long titles at a word boundary-free limit without a trailing dash", () => {
    expect(slugify("a-".repeat(100))).toMatch(/^[a-z0-9-]{1,80}$/);
    expect(slugify("a-".repeat(100)).endsWith("-")).toBe(false);
  });

  it("names export files by slug and date", () => {
    expect(exportFilename("Sessions & Kislyak", new Date("2026-11-27T23:59:00Z"), "docx")).toBe(
      "sessions-kislyak-2026-11-27.docx",
    );
  });
});
