import { describe, expect, it } from "vitest";
import { highlightShared } from "@/lib/matching/highlight-shared";

describe("highlightShared", () => {
  it("marks every occurrence of a shared word and keeps the rest as written", () => {
    const segments = highlightShared("The Russians met. Russian ambassadors?", ["Russians", "ambassador"]);
    expect(segments).toEqual([
      { text: "The ", shared: false },
      { text: "Russians", shared: true },
      { text: " met. ", shared: false },
      { text: "Russian", shared: true },
      { text: " ", shared: false },
      { text: "ambassadors", shared: true },
      { text: "?", shared: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("The Russians met. Russian ambassadors?");
  });

  it("never marks a stopword, and returns markup-like text as plain text", () => {
    expect(highlightShared("<b>the</b> not", ["the", "b", "not"])).toEqual([
      { text: "<", shared: false },
      { text: "b", shared: true },
      { text: ">the</", shared: false },
      { text: "b", shared: true },
      { text: "> ", shared: false },
      { text: "not", shared: true },
    ]);
  });
});
