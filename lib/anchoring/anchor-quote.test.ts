import { describe, expect, it } from "vitest";

import { anchorQuote } from "@/lib/anchoring/anchor-quote";
import { findOccurrences } from "@/lib/anchoring/quote-matches";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { importArticleBody } from "@/lib/article/import-body";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";

const SEED = importArticleBody({
  format: "text",
  body: SEED_ARTICLE_TEXT,
}).contentText;

describe("anchorQuote", () => {
  it.each([
    "I never met with any Russian officials to discuss issues of the campaign",
    "the Senator had over 25 conversations with foreign ambassadors",
  ])("anchors a phrase that occurs once in the seed article: %s", (exact) => {
    const start = SEED.indexOf(exact);
    expect(anchorQuote(SEED, { exact })).toEqual({
      ok: true,
      start,
      end: start + exact.length,
    });
  });

  it.each(["did not have communications with the Russians", "Sessions", "the", "Russian", "said", " ", "’s"])(
    "uses the stored context to find every occurrence of %j in the seed article again",
    (exact) => {
      const occurrences = findOccurrences(SEED, exact);
      expect(occurrences.length).toBeGreaterThan(1);
      expect(anchorQuote(SEED, { exact })).toEqual({
        ok: false,
        reason: "ambiguous",
        matches: occurrences.length,
      });
      for (const start of occurrences) {
        const { quote } = selectorsForRange(SEED, start, start + exact.length);
        expect(anchorQuote(SEED, quote)).toEqual({
          ok: true,
          start,
          end: start + exact.length,
        });
      }
    },
  );

  it("reports a quote that does not occur, and an empty one, as not found", () => {
    expect(anchorQuote(SEED, { exact: "Sessions resigned" })).toEqual({
      ok: false,
      reason: "not_found",
      matches: 0,
    });
    expect(anchorQuote(SEED, { exact: "" })).toEqual({
      ok: false,
      reason: "not_found",
      matches: 0,
    });
  });

  it("is ambiguous when the context fits several occurrences or none", () => {
    const text = "x ab y ab x ab z";
    expect(anchorQuote(text, { exact: "ab", prefix: "x " })).toEqual({
      ok: false,
      reason: "ambiguous",
      matches: 3,
    });
    expect(anchorQuote(text, { exact: "ab", prefix: "z " })).toEqual({
      ok: false,
      reason: "ambiguous",
      matches: 3,
    });
    expect(anchorQuote(text, { exact: "ab", prefix: "x ", suffix: " y" })).toEqual({ ok: true, start: 2, end: 4 });
  });

  it("needs no context when the quote occurs once, even if its context changed", () => {
    expect(
      anchorQuote("new intro, then the quote", {
        exact: "the quote",
        prefix: "old intro, ",
        suffix: "!",
      }),
    ).toEqual({
      ok: true,
      start: 16,
      end: 25,
    });
  });

  it("handles quotes at the very start and end, where the context is shorter", () => {
    const text = "Claim here. Filler text that is long enough. Claim here";
    const atStart = selectorsForRange(text, 0, 10).quote;
    expect(atStart.prefix).toBe("");
    expect(anchorQuote(text, atStart)).toEqual({ ok: true, start: 0, end: 10 });
    const atEnd = selectorsForRange(text, text.length - 10, text.length).quote;
    expect(atEnd.suffix).toBe("");
    expect(anchorQuote(text, atEnd)).toEqual({
      ok: true,
      start: text.length - 10,
      end: text.length,
    });
    // A full-length prefix cannot fit before the first occurrence, so it rules that one out.
    const second = {
      exact: "Claim here",
      prefix: text.slice(text.length - 42, text.length - 10),
    };
    expect(anchorQuote(text, second)).toEqual({ ok: true, start: 45, end: 55 });
  });

  it("accepts a short prefix or suffix chosen by an API client", () => {
    expect(anchorQuote(SEED, { exact: "Sessions", prefix: "Attorney General " }).ok).toBe(false);
    const start = SEED.indexOf("Jeff Sessions met twice") + 5;
    expect(anchorQuote(SEED, { exact: "Sessions", suffix: " met twice" })).toEqual({ ok: true, start, end: start + 8 });
  });

  it("finds overlapping occurrences and tells them apart by context", () => {
    expect(findOccurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(anchorQuote("aaaa", { exact: "aa" })).toEqual({
      ok: false,
      reason: "ambiguous",
      matches: 3,
    });
    expect(anchorQuote("aaaa", { exact: "aa", prefix: "a", suffix: "a" })).toEqual({ ok: true, start: 1, end: 3 });
    expect(anchorQuote("aaaa", { exact: "aa", prefix: "", suffix: "aa" })).toEqual({ ok: true, start: 0, end: 2 });
  });

  it("works in UTF-16 code units with emoji and combining marks", () => {
    // "👍🏽" is 4 code units (thumbs up + skin tone, each a surrogate pair); "e\u0301" is 2.
    const text = "👍🏽 café 👍🏽 cafe\u0301 👍🏽";
    expect(anchorQuote(text, { exact: "cafe\u0301" })).toEqual({
      ok: true,
      start: 15,
      end: 20,
    });
    expect(anchorQuote(text, { exact: "👍🏽", prefix: "café " })).toEqual({
      ok: true,
      start: 10,
      end: 14,
    });
  });
});
