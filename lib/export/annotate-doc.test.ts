import { describe, expect, it } from "vitest";
import { importArticleBody } from "@/lib/article/import-body";
import { annotateDoc, type AnnotatedBlock, type AnnotatedRun } from "@/lib/export/annotate-doc";

function textblocks(blocks: AnnotatedBlock[]): AnnotatedRun[][] {
  return blocks.flatMap((b) => {
    if ("runs" in b) return [b.runs];
    if (b.type === "blockquote") return textblocks(b.content);
    if (b.type === "bulletList" || b.type === "orderedList") return b.items.flatMap(textblocks);
    return [];
  });
}
const runText = (r: AnnotatedRun) => (r.kind === "text" ? r.text : "\n");

describe("annotateDoc", () => {
  const { doc, contentText: text } = importArticleBody({
    format: "html",
    body: "<h2>Budget</h2><p>The mayor said <em>taxes fell</em> by 40 percent.<br>Critics disagree.</p><ul><li>First point</li><li>Second point</li></ul>",
  });
  const span = (number: number, phrase: string) => ({
    number,
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
  });

  it("keeps the text exactly, block by block", () => {
    const blocks = annotateDoc(doc, [span(1, "taxes fell by 40")]);
    expect(
      textblocks(blocks)
        .map((runs) => runs.map(runText).join(""))
        .join("\n\n"),
    ).toBe(text);
  });

  it("splits at claim boundaries inside marked text and records coverage, starts and ends", () => {
    const runs = textblocks(annotateDoc(doc, [span(1, "mayor said taxes fell by 40 percent"), span(2, "fell by")]))[1]!;
    const view = runs.map((r) => [runText(r), r.claims, r.starts, r.ends]);
    expect(view).toEqual([
      ["The ", [], [], []],
      ["mayor said ", [1], [1], []],
      ["taxes ", [1], [], []],
      ["fell", [1, 2], [2], []],
      [" by", [1, 2], [], [2]],
      [" 40 percent", [1], [], [1]],
      [".", [], [], []],
      ["\n", [], [], []],
      ["Critics disagree.", [], [], []],
    ]);
    expect(runs.find((r) => r.kind === "text" && r.text === "fell")).toMatchObject({ marks: [{ type: "italic" }] });
  });

  it("follows a claim across blocks: starts in the first, ends in the last", () => {
    const blocks = textblocks(annotateDoc(doc, [span(1, "point\n\nSecond")]));
    const covered = blocks.flat().filter((r) => r.claims.includes(1));
    expect(covered.map(runText)).toEqual(["point", "Second"]);
    expect(covered[0]!.starts).toEqual([1]);
    expect(covered[1]!.ends).toEqual([1]);
  });

  it("keeps the list and heading structure", () => {
    const blocks = annotateDoc(doc, []);
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "bulletList"]);
    expect(blocks[0]).toMatchObject({ level: 2 });
  });
});
