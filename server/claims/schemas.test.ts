import { describe, expect, it } from "vitest";
import { CreateClaimInput, UpdateClaimInput } from "@/server/claims/schemas";
import { AddSourceInput } from "@/server/sources/schemas";
import { CreateArticleInput } from "@/server/articles/schemas";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("CreateClaimInput", () => {
  it("accepts a W3C target with both selectors and trims optional text to null", () => {
    const parsed = CreateClaimInput.parse({
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: "x" },
          { type: "TextPositionSelector", start: 0, end: 1 },
        ],
      },
      claimant: "  ",
      verdict: "mostly_false",
    });
    expect(parsed.claimant).toBeNull();
    expect(parsed.verdict).toBe("mostly_false");
  });

  it("names the field of each problem", () => {
    const result = CreateClaimInput.safeParse({
      target: {
        selector: [
          { type: "TextPositionSelector", start: 5, end: 5 },
          { type: "CssSelector", value: "p" },
        ],
      },
      verdict: "pants_on_fire",
    });
    expect(issuesOf(result)).toEqual({
      "target.selector.0.end": "end must be more than start.",
      "target.selector.1.type": "Each selector must be a TextQuoteSelector or a TextPositionSelector.",
      verdict: expect.stringContaining("Choose a verdict from the scale"),
    });
  });

  it("refuses two selectors of the same type and an empty list", () => {
    const quote = { type: "TextQuoteSelector", exact: "x" };
    expect(issuesOf(CreateClaimInput.safeParse({ target: { selector: [quote, quote] } }))).toEqual({
      "target.selector": "Give at most one selector of each type.",
    });
    expect(issuesOf(CreateClaimInput.safeParse({ target: { selector: [] } }))).toEqual({
      "target.selector": "Give at least one selector.",
    });
  });
});

describe("UpdateClaimInput", () => {
  it("requires the version read", () => {
    expect(issuesOf(UpdateClaimInput.safeParse({ rationale: "x" }))).toEqual({
      version: "Send the version of the claim you edited.",
    });
  });

  it("lets a verdict be cleared with null", () => {
    expect(UpdateClaimInput.parse({ version: 3, verdict: null }).verdict).toBeNull();
  });
});

describe("AddSourceInput", () => {
  it.each(["javascript:alert(1)", "ftp://example.org/file", "example.org", "data:text/html,hi", "https://"])(
    "refuses %s as a source URL",
    (url) => {
      expect(issuesOf(AddSourceInput.safeParse({ url, title: "t", stance: "SUPPORTS" })).url).toMatch(
        /http:\/\/ or https:\/\//,
      );
    },
  );

  it("accepts a web source and requires title and stance", () => {
    expect(AddSourceInput.parse({ url: " https://example.org/a ", title: " A ", stance: "CONTEXT" })).toEqual({
      url: "https://example.org/a",
      title: "A",
      stance: "CONTEXT",
    });
    expect(Object.keys(issuesOf(AddSourceInput.safeParse({ url: "https://example.org" }))).sort()).toEqual([
      "stance",
      "title",
    ]);
  });
});

describe("CreateArticleInput", () => {
  it("defaults to plain text, parses the date and nulls empty optional fields", () => {
    const parsed = CreateArticleInput.parse({ title: "T", body: "b", url: "", outlet: "", publishedAt: "2017-03-02" });
    expect(parsed).toMatchObject({ format: "text", url: null, outlet: null });
    expect(parsed.publishedAt?.toISOString()).toBe("2017-03-02T00:00:00.000Z");
  });

  it("explains a bad date and a bad format, then a blank body once the fields parse", () => {
    expect(
      issuesOf(CreateArticleInput.safeParse({ title: "T", body: " ", publishedAt: "yesterday", format: "pdf" })),
    ).toEqual({
      publishedAt: "Enter a date like 2017-03-02.",
      format: "Choose plain text, HTML, Markdown, a Word file (docx) or a web address (url).",
    });
    expect(issuesOf(CreateArticleInput.safeParse({ title: "T", body: " ", format: "markdown" }))).toEqual({
      body: "Paste the article's text.",
    });
    expect(issuesOf(CreateArticleInput.safeParse({ format: "url" }))).toEqual({
      url: "Enter a full web address starting with http:// or https://.",
    });
  });
});

describe("UpdateClaimInput partial updates", () => {
  it("leaves out fields that were not sent, and clears fields sent empty", () => {
    expect(UpdateClaimInput.parse({ version: 1, rationale: "Because." })).toEqual({
      version: 1,
      rationale: "Because.",
    });
    expect(UpdateClaimInput.parse({ version: 1, claimant: "" })).toEqual({ version: 1, claimant: null });
  });
});
