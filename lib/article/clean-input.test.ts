import { describe, expect, it } from "vitest";

import { cleanArticleInput } from "@/lib/article/clean-input";

describe("cleanArticleInput", () => {
  it.each([
    ["NUL and other control characters", "a\u0000b\u0007c\u000bd\u001fe\u007ff", "abcdef"],
    ["a leading byte order mark", "\ufeffStart", "Start"],
    ["a lone high surrogate", "a\ud83db", "a\ufffdb"],
    ["a lone low surrogate", "a\udc4db", "a\ufffdb"],
  ])("removes or replaces %s", (_, input, expected) => {
    expect(cleanArticleInput(input)).toBe(expected);
  });

  it("keeps whitespace, emoji and ordinary text", () => {
    const text = "tab\there\nnew\r\nline\fform 👍🏽 « é » \u00a0";
    expect(cleanArticleInput(text)).toBe(text);
  });
});
