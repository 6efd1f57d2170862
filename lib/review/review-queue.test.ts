import { describe, expect, it } from "vitest";
import { formatWaiting } from "@/lib/review/review-queue";

describe("formatWaiting", () => {
  it.each([
    [0, "less than a minute"],
    [-5, "less than a minute"],
    [59, "less than a minute"],
    [60, "1 min"],
    [45 * 60 + 59, "45 min"],
    [3600, "1 h"],
    [3 * 3600 + 12 * 60 + 30, "3 h 12 min"],
    [24 * 3600, "1 d"],
    [2 * 86400 + 4 * 3600 + 59 * 60, "2 d 4 h"],
  ])("%i seconds read as %s", (seconds, words) => {
    expect(formatWaiting(seconds)).toBe(words);
  });
});
