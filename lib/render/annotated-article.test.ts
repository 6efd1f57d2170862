import { describe, expect, it } from "vitest";
import type { ParagraphNode } from "@/lib/article/doc";
import { annotateDoc } from "@/lib/export/annotate-doc";
import type { ExportDocument } from "@/lib/export/model";
import { buildExportDocument } from "@/lib/export/testing/fixtures";
import { annotatedArticleTree } from "@/lib/render/annotated-article";
import { toHtml } from "@/lib/render/element";

const articleHtml = (doc: ExportDocument) => {
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  return toHtml(annotatedArticleTree(annotateDoc(doc.doc, spans), new Map(doc.claims.map((c) => [c.number, c]))));
};

describe("annotatedArticleTree", () => {
  const doc = buildExportDocument({
    title: "Budget",
    format: "html",
    body: `<h1>Budget</h1><p>The mayor said <a href="mailto:mayor@city.example">taxes fell</a> by 40 percent, <a href="https://city.example/a b">says</a> the <em>audit</em>.</p><ol start="3"><li>Third</li></ol>`,
    claims: [
      { quote: "taxes fell by 40 percent", verdict: "false" },
      { quote: "fell by", verdict: null },
    ],
  });

  it("nests marks, ids the first piece of each claim, and references each note with its verdict", () => {
    expect(articleHtml(doc)).toBe(
      `<h3 dir="auto">Budget</h3>` +
        `<p dir="auto">The mayor said ` +
        `<mark id="claim-1-text" class="verdict-false" data-claim="1"><a href="mailto:mayor@city.example" rel="noopener noreferrer nofollow">taxes </a>` +
        `<mark id="claim-2-text" class="verdict-none" data-claim="2"><a href="mailto:mayor@city.example" rel="noopener noreferrer nofollow">fell</a> by</mark></mark>` +
        `<sup class="claim-ref"><a id="claim-2-ref" href="#claim-2" aria-label="Claim 2: No verdict yet">[2]</a></sup>` +
        `<mark class="verdict-false" data-claim="1"> 40 percent</mark>` +
        `<sup class="claim-ref"><a id="claim-1-ref" href="#claim-1" aria-label="Claim 1: False">[1]</a><span class="ref-verdict" aria-hidden="true">✗</span></sup>` +
        `, <a href="https://city.example/a%20b" rel="noopener noreferrer nofollow">says</a> the <em>audit</em>.</p>` +
        `<ol start="3"><li><p dir="auto">Third</p></li></ol>`,
    );
  });

  it("prints links the policy refuses as their text alone, even if the importer let one through", () => {
    const tampered = structuredClone(doc);
    for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "/relative", "http:\\\\evil.example"])
      (tampered.doc.content[1] as ParagraphNode).content!.push({
        type: "text",
        text: ` [${href}]`,
        marks: [{ type: "link", attrs: { href } }],
      });
    const html = articleHtml(tampered);
    expect(html).toContain(
      "the <em>audit</em>. [javascript:alert(1)] [ JaVaScRiPt:alert(1)] [/relative] [http:\\\\evil.example]</p>",
    );
    expect(html.match(/<a href="(?!#)/g)).toHaveLength(3);
  });

  it("uses the stable claim numbers, whatever their order in the text", () => {
    const renumbered = structuredClone(doc);
    renumbered.claims[0]!.number = 8;
    renumbered.claims[1]!.number = 3;
    const html = articleHtml(renumbered);
    expect(html).toContain(`<mark id="claim-8-text" class="verdict-false" data-claim="8">`);
    expect(html).toContain(`href="#claim-3" aria-label="Claim 3: No verdict yet">[3]</a>`);
  });
});
