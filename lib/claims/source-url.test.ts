import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "@/lib/claims/source-url";

describe("normalizeSourceUrl", () => {
  it.each([
    ["HTTPS://WWW.Example.ORG/report", "https://www.example.org/report"],
    ["https://example.org/report/", "https://example.org/report"],
    ["https://example.org:443/report", "https://example.org/report"],
    ["http://example.org:80/report", "http://example.org/report"],
    ["https://example.org/", "https://example.org/"],
    ["https://example.org", "https://example.org/"],
    ["  https://example.org/a//  ", "https://example.org/a"],
    ["https://example.org/a/?q=1", "https://example.org/a?q=1"],
  ])("%s reads as %s", (raw, normalized) => {
    expect(normalizeSourceUrl(raw)).toBe(normalized);
  });

  it("keeps what tells two pages apart: path case, other ports, query and fragment", () => {
    const base = normalizeSourceUrl("https://example.org/Report");
    for (const other of [
      "https://example.org/report",
      "https://example.org:8443/Report",
      "http://example.org/Report",
      "https://example.org/Report?page=2",
      "https://example.org/Report#table-3",
    ]) {
      expect(normalizeSourceUrl(other)).not.toBe(base);
    }
  });
});
