import { describe, expect, it } from "vitest";
import { readSearchParams, resultHref, searchHref } from "@/lib/search/search-url";

describe("searchHref", () => {
  it("adds a filter and starts again at the first page", () => {
    expect(searchHref({ q: "crime rate", cursor: "WyJyZWxldmFuY2UiXQ" }, { status: "APPROVED" })).toBe(
      "/search?q=crime+rate&status=APPROVED",
    );
  });

  it("goes to a later page by its cursor, and back to the first without one", () => {
    expect(searchHref({ q: "tax" }, { cursor: "abc" })).toBe("/search?q=tax&cursor=abc");
    expect(searchHref({ q: "tax", cursor: "abc" }, { cursor: undefined })).toBe("/search?q=tax");
  });

  it("removes a filter", () => {
    expect(searchHref({ q: "tax", verdict: "false" }, { verdict: undefined })).toBe("/search?q=tax");
  });
});

describe("readSearchParams", () => {
  it("keeps the first value of known parameters only", () => {
    expect(readSearchParams({ q: ["a", "b"], status: "", other: "x" })).toEqual({ q: "a" });
  });
});

describe("resultHref", () => {
  it("opens a claim on its article, an article as itself", () => {
    expect(resultHref({ type: "claim", articleId: "a1", number: 8 })).toBe("/articles/a1?claim=8");
    expect(resultHref({ type: "article", articleId: "a1" })).toBe("/articles/a1");
  });
});
