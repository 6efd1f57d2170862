import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { resolveRange } from "@/server/claims/resolve-range";

const TEXT = "Smile 😀 here.";
const EMOJI = TEXT.indexOf("😀");

function refusal(start: number, end: number): AppError {
  try {
    resolveRange(TEXT, [{ type: "TextPositionSelector", start, end }]);
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("resolveRange and surrogate pairs", () => {
  it("places a claim on a whole emoji", () => {
    expect(resolveRange(TEXT, [{ type: "TextPositionSelector", start: EMOJI, end: EMOJI + 2 }])).toEqual({
      type: "TextPositionSelector",
      start: EMOJI,
      end: EMOJI + 2,
    });
  });

  it.each([
    ["start", EMOJI + 1, EMOJI + 7],
    ["end", 0, EMOJI + 1],
  ])("refuses a %s inside an emoji with 422 on that field", (edge, start, end) => {
    const error = refusal(start, end);
    expect(error.status).toBe(422);
    expect(error.fields).toEqual({ [`target.selector.0.${edge}`]: [expect.stringMatching(/inside a character/)] });
  });
});
