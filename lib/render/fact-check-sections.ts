// The parts of a fact-check that the HTML export and the public page share, as element trees: the
// header (newsroom, title, byline, original article), the annotated article and the claim notes.
import { annotateDoc } from "@/lib/export/annotate-doc";
import { longDate } from "@/lib/export/long-date";
import type { ExportDocument } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";
import { annotatedArticleTree } from "@/lib/render/annotated-article";
import { claimNotesTree } from "@/lib/render/claim-notes";
import { h, type Element, type Node } from "@/lib/render/element";

export const CLAIMS_HEADING_ID = "claims-heading";

export function factCheckHeader({ article, newsroom, scope }: ExportDocument): Element {
  const original = sourceHref(article.url);
  return h(
    "header",
    {},
    h("p", { class: "newsroom" }, `${newsroom.name} · Annotated fact-check`),
    h("h1", { dir: "auto" }, article.title),
    byline(article),
    original &&
      h(
        "p",
        { class: "original" },
        h("a", { href: original, rel: "noopener noreferrer nofollow" }, "Read the original article"),
      ),
    scope === "all" &&
      h("p", { class: "internal", role: "note" }, "Internal export: includes claims that are not approved yet."),
  );
}

/** "CNN · By Evan Perez · Published 2 March 2017", or nothing when none of them is known. */
function byline(article: ExportDocument["article"]): Element | null {
  const parts: Node[][] = [
    article.outlet ? [article.outlet] : [],
    article.author ? [`By ${article.author}`] : [],
    article.publishedAt
      ? ["Published ", h("time", { datetime: article.publishedAt }, longDate(article.publishedAt))]
      : [],
  ].filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  return h(
    "p",
    { class: "byline" },
    parts.flatMap((p, i) => (i === 0 ? p : [" · ", ...p])),
  );
}

/** The article with every claim highlighted, under a heading only screen readers see. */
export function articleSection(doc: ExportDocument): Element {
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  const claims = new Map(doc.claims.map((c) => [c.number, c]));
  return h(
    "section",
    { class: "article-text", "aria-labelledby": "article-heading" },
    h("h2", { id: "article-heading", class: "visually-hidden" }, "Article"),
    annotatedArticleTree(annotateDoc(doc.doc, spans), claims),
  );
}

export function claimsSection(doc: ExportDocument): Element {
  return h(
    "section",
    { class: "claims", "aria-labelledby": CLAIMS_HEADING_ID },
    h("h2", { id: CLAIMS_HEADING_ID }, `Claims (${doc.claims.length})`),
    claimNotesTree(doc.claims, { includeNotes: doc.includeNotes }),
  );
}
