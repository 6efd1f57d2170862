import { describe, expect, it } from "vitest";
import { readSearchParams, resultHref, searchHref } from "@/lib/search/search-url";

describe("searchHref", () => {
  it("adds a filter and starts again at page 1", () => {
    expect(searchHref({ q: "crime rate", page: "3" }, { status: "APPROVED" })).toBe(
      "/search?q=crime+rate&status=APPROVED",
    );
  });

  it("changes the page and leaves out page 1", () => {
    expect(searchHref({ q: "tax" }, { page: "2" })).toBe("/search?q=tax&page=2");
    expect(searchHref({ q: "tax", page: "2" }, { page: "1" })).toBe("/search?q=tax");
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
