import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/links/safe-next-path";

const origin = "http://127.0.0.1:3100";

describe("safeNextPath keeps same-origin paths", () => {
  it.each([
    ["/articles", "/articles"],
    ["/articles/abc?claim=8", "/articles/abc?claim=8"],
    ["/articles/abc#claim-8", "/articles/abc#claim-8"],
    ["/review?status=SUBMITTED&article=x", "/review?status=SUBMITTED&article=x"],
    ["/", "/"],
    ["/articles/../review", "/review"],
    ["/articles/a%20b", "/articles/a%20b"],
    ["/articles?q=https%3A%2F%2Fexample.org", "/articles?q=https%3A%2F%2Fexample.org"],
  ])("%j → %j", (candidate, expected) => {
    expect(safeNextPath(candidate, { origin })).toBe(expected);
  });

  it("reduces an absolute URL on the app's own origin to its path", () => {
    expect(safeNextPath(`${origin}/articles/abc?claim=2`, { origin })).toBe("/articles/abc?claim=2");
    expect(safeNextPath(origin, { origin })).toBe("/");
    expect(safeNextPath(`${origin}?x=1`, { origin })).toBe("/?x=1");
    expect(safeNextPath("HTTP://127.0.0.1:3100/review", { origin })).toBe("/review");
  });
});

describe("safeNextPath refuses anything that can leave the site", () => {
  it.each([
    // The two addresses of the report, decoded as Next hands them to the page.
    "/\\evil.example/phish",
    "/\t/evil.example/phish",
    // Protocol-relative and its disguises.
    "//evil.example",
    "///evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    " /evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    // Still encoded (a double-encoded link decodes once on the way in).
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%252F/evil.example",
    "/%25252F%25252Fevil.example",
    "/%E0%A4%A",
    // Other origins and schemes.
    "https://evil.example/phish",
    "http://127.0.0.1:3100.evil.example/",
    "http://127.0.0.1:3101/articles",
    "https://127.0.0.1:3100/articles",
    "http://evil.example@127.0.0.1:3100/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "articles",
    "",
  ])("%j → /", (candidate) => {
    expect(safeNextPath(candidate, { origin })).toBe("/");
  });

  it("refuses absolute URLs when no origin is known", () => {
    expect(safeNextPath(`${origin}/articles`)).toBe("/");
    expect(safeNextPath("/articles")).toBe("/articles");
  });

  it("answers the fallback it is given, and refuses what is not a string", () => {
    expect(safeNextPath("//evil.example", { fallback: "/articles" })).toBe("/articles");
    expect(safeNextPath(undefined, { fallback: "/articles" })).toBe("/articles");
    expect(safeNextPath(["/articles"])).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
