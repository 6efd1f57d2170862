import { parseFragment, serialize } from "parse5";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hostileExport, seedExport } from "@/lib/export/testing/fixtures";
import { h, toHtml, type Element, type Node, type Tag } from "@/lib/render/element";
import { articleSection, claimsSection, factCheckHeader } from "@/lib/render/fact-check-sections";
import { factCheckSummary } from "@/lib/render/fact-check-summary";
import { ElementTree } from "@/components/ui/element-tree";

const react = (nodes: Node | Node[]) => renderToStaticMarkup(createElement(ElementTree, { nodes }));
// The same markup may differ in how it escapes (&#39; or &#x27;): compare what a browser parses.
const parsed = (html: string) => serialize(parseFragment(html));

describe("ElementTree", () => {
  it.each([
    ["seed", seedExport],
    ["hostile", hostileExport],
  ])("renders the public page's trees exactly as the HTML export writes them (%s fixture)", (_name, fixture) => {
    const doc = { ...fixture(), includeNotes: true };
    doc.claims[0]!.comments = [
      {
        id: "m1",
        claimId: doc.claims[0]!.id,
        kind: "NOTE",
        body: "Checked <b>twice</b>.\u0007",
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-21T09:00:00.000Z",
      },
    ];
    const trees = [factCheckHeader(doc), factCheckSummary(doc), articleSection(doc), claimsSection(doc)];
    expect(parsed(react(trees))).toBe(parsed(toHtml(trees)));
  });

  it("refuses what toHtml refuses", () => {
    const script: Element = { tag: "script" as Tag, attrs: {}, children: ["alert(1)"] };
    expect(() => react(h("p", {}, script))).toThrow(/element tree/);
    expect(() => react(h("a", { href: "javascript:alert(1)" }, "x"))).toThrow(/element tree/);
  });
});
