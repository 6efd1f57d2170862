import { describe, expect, it } from "vitest";
import { nearSpellingHighlights } from "@/lib/search/near-spelling";

const marked = (text: string, query: string) =>
  nearSpellingHighlights(text, query).map(([start, end]) => text.slice(start, end));

describe("nearSpellingHighlights", () => {
  it("marks a name spelled differently", () => {
    expect(marked("Sergey Kislyak met the senator", "Kisliak")).toEqual(["Kislyak"]);
  });

  it("leaves unrelated and short words alone", () => {
    expect(marked("The budget rose by 40 percent", "Kisliak")).toEqual([]);
    expect(marked("a an of", "an")).toEqual([]);
  });
});
