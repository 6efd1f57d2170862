// The claims as a W3C Web Annotation AnnotationCollection (https://www.w3.org/TR/annotation-model/),
// using only terms of the anno.jsonld context so that the JSON-LD expands to oa:/as:/dcterms: IRIs.
//
// Choices, where the model leaves room:
// - One embedded AnnotationPage (`first`) holds every annotation; `last` names the same page. An
//   empty collection has no page, since a page MUST have at least one item.
// - Annotation ids are the claim's address on the desk (stable across exports, renumbering and
//   publishing); the collection id is the export URL for this scope.
// - TextPositionSelector offsets count Unicode code points, as the model requires, not the
//   UTF-16 units the desk stores: they differ once an emoji precedes or sits inside the quote.
// - Bodies: the verdict label (purpose "assessing"); machine-readable facets as tags with a
//   prefix, "verdict:<key>", "status:<status>", "claimant:<name>" (purpose "tagging"); the
//   rationale (purpose "describing"); each http(s) source as a SpecificResource (purpose
//   "linking", its URL percent-encoded into a valid IRI) whose label is the stance, whose source carries the title and publisher, and whose
//   TextQuoteSelector is the excerpt; other sources as plain text (purpose "linking"), never as
//   IRIs; review notes, when asked for, as "commenting" bodies with their author and time.
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { isHighSurrogate, isLowSurrogate } from "@/lib/anchoring/text-range";
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";
import type { CommentView } from "@/lib/claims/comment-view";
import type { ExportClaim, ExportDocument, ExportSource } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type Agent = { type: "Person" | "Organization"; name: string; homepage?: string };
type TextualBody = {
  type: "TextualBody";
  purpose: string;
  value: string;
  format?: "text/plain";
  creator?: Agent;
  created?: string;
};
type SourceBody = {
  type: "SpecificResource";
  purpose: "linking";
  label: string;
  source: { id: string; label: string; creator?: Agent };
  selector?: { type: "TextQuoteSelector"; exact: string };
};

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  creator: Agent;
  created: string;
  modified: string;
  generated: string;
  target: { type: "SpecificResource"; source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  body: (TextualBody | SourceBody)[];
}

export interface WebAnnotationCollection {
  "@context": typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  creator: Agent;
  total: number;
  first?: { id: string; type: "AnnotationPage"; partOf: string; startIndex: 0; items: WebAnnotation[] };
  last?: string;
}

export function renderWebAnnotations(doc: ExportDocument): WebAnnotationCollection {
  const base = doc.newsroom.url.replace(/\/+$/, "");
  const notes = doc.includeNotes ? "&notes=include" : "";
  const id = `${base}/api/articles/${encodeURIComponent(doc.article.id)}/export?format=annotations&scope=${doc.scope}${notes}`;
  const pageId = `${id}#page-1`;
  const toCodePoints = codePointOffsets(doc.text);
  const items = doc.claims.map((claim) => annotation(doc, claim, base, toCodePoints));
  const drafts = doc.scope === "all" ? " (all claims, including unapproved drafts)" : "";
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Fact-checks of “${doc.article.title}”${drafts}`,
    creator: { type: "Organization", name: doc.newsroom.name, homepage: doc.newsroom.url },
    total: items.length,
    ...(items.length > 0 && {
      first: { id: pageId, type: "AnnotationPage", partOf: id, startIndex: 0, items },
      last: pageId,
    }),
  };
}

export function renderWebAnnotationsJson(doc: ExportDocument): string {
  return JSON.stringify(renderWebAnnotations(doc), null, 2);
}

function annotation(
  doc: ExportDocument,
  claim: ExportClaim,
  base: string,
  toCodePoints: (i: number) => number,
): WebAnnotation {
  // An anchored claim is described as it sits in the text now; an orphan keeps its stored selectors.
  const { quote, position } = claim.anchored
    ? selectorsForRange(doc.text, claim.anchored.start, claim.anchored.end)
    : { quote: claim.quote, position: claim.position };
  const tag = (value: string): TextualBody => ({ type: "TextualBody", purpose: "tagging", value });
  const text = (purpose: string, value: string): TextualBody => ({
    type: "TextualBody",
    purpose,
    value,
    format: "text/plain",
  });
  const body: (TextualBody | SourceBody)[] = [];
  if (claim.verdict) body.push(text("assessing", claim.verdict.label), tag(`verdict:${claim.verdict.key}`));
  if (claim.rationale) body.push(text("describing", claim.rationale));
  if (claim.claimant) body.push(tag(`claimant:${claim.claimant}`));
  body.push(...claim.sources.map(sourceBody), tag(`status:${claim.status.toLowerCase()}`));
  if (doc.includeNotes) body.push(...claim.comments.map(commentBody));
  return {
    id: `${base}/api/claims/${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    creator: { type: "Person", name: claim.createdBy.name },
    created: claim.createdAt,
    modified: claim.updatedAt,
    generated: doc.generatedAt,
    target: {
      type: "SpecificResource",
      source: doc.targetUrl,
      selector: [
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: "TextPositionSelector", start: toCodePoints(position.start), end: toCodePoints(position.end) },
      ],
    },
    body,
  };
}

function sourceBody(source: ExportSource): TextualBody | SourceBody {
  // The link policy writes the URL as a valid URI (and so IRI): quotes, spaces… percent-encoded.
  const iri = sourceHref(source.url);
  if (!iri) {
    const value = [source.stanceLabel, source.title, source.publisher, source.rawUrl].filter(Boolean).join(" — ");
    return { type: "TextualBody", purpose: "linking", value, format: "text/plain" };
  }
  return {
    type: "SpecificResource",
    purpose: "linking",
    label: source.stanceLabel,
    source: {
      id: iri,
      label: source.title,
      ...(source.publisher ? { creator: { type: "Organization", name: source.publisher } } : {}),
    },
    ...(source.excerpt ? { selector: { type: "TextQuoteSelector", exact: source.excerpt } } : {}),
  };
}

function commentBody(comment: CommentView): TextualBody {
  return {
    type: "TextualBody",
    purpose: "commenting",
    value: comment.body,
    format: "text/plain",
    creator: { type: "Person", name: comment.author.name },
    created: comment.createdAt,
  };
}

/** Maps a UTF-16 offset into `text` to a count of code points; offsets past the end extend linearly. */
export function codePointOffsets(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    table[i] = n;
    // A surrogate pair is one code point: count it once, at its second half.
    if (!(isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)))) n++;
  }
  return (i) => (i <= text.length ? table[Math.max(0, i)]! : table[text.length]! + (i - text.length));
}
