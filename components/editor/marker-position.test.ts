import { describe, expect, it } from "vitest";
import { DecorationSet } from "@tiptap/pm/view";
import { EditorState } from "@tiptap/pm/state";
import { buildClaimDecorations, type HighlightRange } from "@/components/editor/claim-highlights";
import { markerPosition } from "@/components/editor/marker-position";
import { importArticleBody } from "@/lib/article/import-body";
import { readerSchema } from "@/lib/article/testing/tiptap-schema";
import { buildTextIndex, textOffsetToDocPos } from "@/lib/article/text-index";

function article(html: string) {
  const imported = importArticleBody({ format: "html", body: html });
  const doc = readerSchema.nodeFromJSON(imported.doc);
  const index = buildTextIndex(imported.doc);
  /** The document position after the first occurrence of `part` in contentText. */
  const after = (part: string) => textOffsetToDocPos(index, index.text.indexOf(part) + part.length, "end");
  return { doc, index, after };
}

describe("markerPosition", () => {
  it("keeps the marker where a claim ends on a word boundary", () => {
    const { doc, after } = article("<p>did not have communications with the Russians, he said.</p>");
    expect(markerPosition(doc, after("the Russians"))).toBe(after("the Russians"));
    expect(markerPosition(doc, after("Russians,"))).toBe(after("Russians,"));
  });

  it("moves the marker of a claim that ends mid-word to the end of that word", () => {
    const { doc, after } = article("<p>with the Russians, he said.</p>");
    expect(markerPosition(doc, after("the Russ"))).toBe(after("the Russians"));
  });

  it("finds the word's end across inline marks and stops at a hard break", () => {
    const { doc, after } = article("<p>the <b>Russ</b><i>ians</i> said<br>later</p>");
    expect(markerPosition(doc, after("the Russ"))).toBe(after("the Russians"));
    expect(markerPosition(doc, after("sa"))).toBe(after("said"));
  });

  it("counts positions correctly in a later block of a nested document", () => {
    const { doc, after } = article("<h2>Title</h2><ul><li><p>first item</p></li><li><p>second item</p></li></ul>");
    expect(markerPosition(doc, after("second it"))).toBe(after("second item"));
  });
});

describe("claim decorations", () => {
  it("draw the highlight on the claim's exact range and its marker after the whole word", () => {
    const { doc, after } = article("<p>with the Russians, he said.</p>");
    const state = EditorState.create({ doc });
    const range: HighlightRange = {
      claimId: "c1",
      from: after("with "),
      to: after("the Russ"),
      number: 1,
      verdictKey: null,
      symbol: "",
      label: "Claim 1",
    };
    const set: DecorationSet = buildClaimDecorations(state, [range], null);
    const found = set.find();
    const highlight = found.find((d) => d.from !== d.to);
    const marker = found.find((d) => d.from === d.to);
    expect(highlight).toMatchObject({ from: range.from, to: range.to });
    expect(marker?.from).toBe(after("the Russians"));
  });
});
