import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/model";
import { ANNO_CONTEXT, renderWebAnnotationsJson } from "@/lib/export/render-annotations";
import { ANNO_JSONLD_CONTEXT } from "@/lib/export/testing/anno-context";
import { buildExportDocument, HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const render = (doc: ExportDocument): Json => JSON.parse(renderWebAnnotationsJson(doc));
const items = (doc: ExportDocument): Json[] => render(doc).first.items;
const bodies = (a: Json, purpose: string) => a.body.filter((b: Json) => b.purpose === purpose);
const tags = (a: Json): string[] => bodies(a, "tagging").map((b: Json) => b.value);
/** Offsets in the W3C model count code points. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");
/** An absolute http(s) IRI with nothing an IRI may not contain. */
const isHttp = (iri: string) => /^https?:\/\/[^\s"<>{}|\\^`]+$/.test(iri) && /^https?:$/.test(new URL(iri).protocol);

describe.each([
  ["seed", seedExport],
  ["hostile", hostileExport],
])("renderWebAnnotations (%s fixture)", (_, fixture) => {
  const doc = fixture();
  const collection = render(doc);

  it("is an AnnotationCollection with one embedded page of every claim, in order", () => {
    expect(collection["@context"]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(isHttp(collection.id)).toBe(true);
    expect(collection.label).toContain(doc.article.title);
    expect(collection.total).toBe(doc.claims.length);
    expect(collection.first).toMatchObject({ type: "AnnotationPage", partOf: collection.id, startIndex: 0 });
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.items.map((a: Json) => a.target.selector[0].exact)).toEqual(
      doc.claims.map((c) => c.quote.exact),
    );
  });

  it("gives each annotation a stable IRI, its creator, times and motivation", () => {
    const anns = collection.first.items as Json[];
    expect(new Set(anns.map((a) => a.id)).size).toBe(anns.length);
    anns.forEach((a, i) => {
      const claim = doc.claims[i]!;
      expect(isHttp(a.id) && a.id.endsWith(`/${claim.id}`)).toBe(true);
      expect(a).toMatchObject({
        type: "Annotation",
        motivation: "assessing",
        created: claim.createdAt,
        modified: claim.updatedAt,
        generated: doc.generatedAt,
      });
      expect(a.creator).toEqual({ type: "Person", name: claim.createdBy.name });
    });
  });

  it("targets the article with quote and position selectors that agree with the text", () => {
    for (const a of collection.first.items as Json[]) {
      expect(a.target.source).toBe(doc.targetUrl);
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(position.type).toBe("TextPositionSelector");
      expect(slice(doc.text, position.start, position.end)).toBe(quote.exact);
      expect(slice(doc.text, 0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(slice(doc.text, position.end, Infinity).startsWith(quote.suffix)).toBe(true);
    }
  });

  it("carries verdict, rationale, claimant, sources and status in the bodies", () => {
    (collection.first.items as Json[]).forEach((a, i) => {
      const claim = doc.claims[i]!;
      expect(bodies(a, "assessing").map((b: Json) => b.value)).toEqual(claim.verdict ? [claim.verdict.label] : []);
      expect(bodies(a, "describing").map((b: Json) => b.value)).toEqual(claim.rationale ? [claim.rationale] : []);
      expect(tags(a)).toEqual([
        ...(claim.verdict ? [`verdict:${claim.verdict.key}`] : []),
        ...(claim.claimant ? [`claimant:${claim.claimant}`] : []),
        `status:${claim.status.toLowerCase()}`,
      ]);
      const links = bodies(a, "linking") as Json[];
      expect(links).toHaveLength(claim.sources.length);
      links.forEach((link, k) => {
        const source = claim.sources[k]!;
        if (source.url) {
          expect(link).toMatchObject({
            type: "SpecificResource",
            label: source.stanceLabel,
            source: { id: new URL(source.url).href, label: source.title },
          });
          if (source.excerpt) expect(link.selector).toEqual({ type: "TextQuoteSelector", exact: source.excerpt });
        } else {
          expect(link.type).toBe("TextualBody");
          expect(link.value).toContain(source.rawUrl);
        }
      });
    });
  });

  it("uses only http(s) IRIs for ids, sources and links", () => {
    const iris: string[] = [];
    const walk = (node: unknown, key = ""): void => {
      if (typeof node === "string" && (key === "id" || key === "source" || key === "homepage")) iris.push(node);
      else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
      else if (node && typeof node === "object") Object.entries(node).forEach(([k, v]) => walk(v, k));
    };
    walk(collection);
    expect(iris.length).toBeGreaterThan(doc.claims.length);
    for (const iri of iris) expect(isHttp(iri), iri).toBe(true);
  });

  it("uses only terms of the anno.jsonld context, and expands without loss to the oa vocabulary", async () => {
    const terms = new Set(Object.keys(ANNO_JSONLD_CONTEXT["@context"]));
    const used = new Set<string>();
    const walk = (node: unknown, key = ""): void => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, key));
      else if (node && typeof node === "object") Object.entries(node).forEach(([k, v]) => (used.add(k), walk(v, k)));
      else if (["type", "motivation", "purpose"].includes(key)) used.add(String(node));
    };
    walk(collection);
    for (const term of used) if (term !== "@context") expect(terms.has(term), term).toBe(true);

    const documentLoader = async (url: string) => {
      if (url !== ANNO_CONTEXT) throw new Error(`refusing to fetch ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: ANNO_JSONLD_CONTEXT };
    };
    const expanded = JSON.stringify(
      await jsonld.expand(collection, { documentLoader, safe: true } as jsonld.Options.Expand),
    );
    for (const iri of [
      "http://www.w3.org/ns/activitystreams#OrderedCollection",
      "http://www.w3.org/ns/oa#motivatedBy",
      "http://www.w3.org/ns/oa#assessing",
      "http://www.w3.org/ns/oa#hasPurpose",
      "http://www.w3.org/ns/oa#tagging",
      "http://www.w3.org/ns/oa#TextQuoteSelector",
      "http://www.w3.org/ns/oa#TextPositionSelector",
      "http://purl.org/dc/terms/created",
      "http://xmlns.com/foaf/0.1/Person",
    ]) {
      expect(expanded).toContain(`"${iri}"`);
    }
    const nquads = (await jsonld.toRDF(collection, {
      documentLoader,
      format: "application/n-quads",
    } as jsonld.Options.ToRdf)) as unknown as string;
    expect(nquads).toContain(`<http://www.w3.org/ns/oa#motivatedBy> <http://www.w3.org/ns/oa#assessing>`);
    expect(nquads).toMatch(
      /<http:\/\/www\.w3\.org\/ns\/oa#start> "\d+"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#nonNegativeInteger>/,
    );
  });
});

describe("renderWebAnnotations", () => {
  it("keeps hostile strings intact through JSON", () => {
    const [first] = items(hostileExport());
    expect(first!.target.selector[0].exact).toBe(HOSTILE.quote);
    expect(bodies(first!, "describing")[0].value).toBe(HOSTILE.rationale);
    expect(tags(first!)).toContain(`claimant:${HOSTILE.claimant}`);
    const [good, bad] = bodies(first!, "linking");
    expect(good.source).toMatchObject({
      id: "https://example.org/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=1",
      label: HOSTILE.sourceTitle,
    });
    expect(decodeURI(good.source.id)).toBe(HOSTILE.sourceUrl);
    expect(bad).toMatchObject({ type: "TextualBody", format: "text/plain" });
    expect(bad.value).toContain(HOSTILE.badUrl);
    expect(bad.id).toBeUndefined();
  });

  it("counts positions in code points, not UTF-16 units", () => {
    const doc = buildExportDocument({
      title: "Emoji",
      body: "🤥🧐 The mayor said taxes fell 👍 by half.",
      claims: [{ quote: "taxes fell 👍 by", verdict: "false" }],
    });
    const [quote, position] = items(doc)[0]!.target.selector;
    expect(doc.claims[0]!.position).toMatchObject({ start: 20, end: 36 });
    expect(position).toMatchObject({ start: 18, end: 33 });
    expect(slice(doc.text, position.start, position.end)).toBe(quote.exact);
  });

  it("exports an orphaned claim with its stored selectors", () => {
    const doc = seedExport();
    const orphan = doc.claims[1]!;
    orphan.anchored = null;
    orphan.quote = { type: "TextQuoteSelector", exact: "words since removed", prefix: "before ", suffix: " after" };
    orphan.position = { type: "TextPositionSelector", start: 40, end: 59 };
    expect(items(doc)[1]!.target.selector).toEqual([orphan.quote, orphan.position]);
  });

  it("marks a collection that includes drafts, adds review notes only when asked, and has no page when empty", () => {
    const doc = seedExport();
    doc.scope = "all";
    doc.includeNotes = true;
    doc.claims[0]!.comments = [
      {
        id: "c1",
        claimId: doc.claims[0]!.id,
        kind: "NOTE",
        body: "Check the date",
        author: { id: "u", name: "Erin Editor" },
        createdAt: "2026-11-21T08:00:00.000Z",
      },
    ];
    const collection = render(doc);
    expect(collection.label).toMatch(/including unapproved drafts/);
    expect(bodies(collection.first.items[0], "commenting")).toEqual([
      {
        type: "TextualBody",
        purpose: "commenting",
        value: "Check the date",
        format: "text/plain",
        creator: { type: "Person", name: "Erin Editor" },
        created: "2026-11-21T08:00:00.000Z",
      },
    ]);
    doc.includeNotes = false;
    expect(bodies(render(doc).first.items[0], "commenting")).toEqual([]);

    const empty = render({ ...doc, claims: [] });
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty.first).toBeUndefined();
    expect(empty.last).toBeUndefined();
  });
});
