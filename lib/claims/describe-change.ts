// The claim history in words a fact-checker reads, from the field-level `changes` the server
// records (server/claims/*, server/sources/*, server/review/*, server/comments/*). Pure, so the
// wording is unit-tested and the same in every place that shows history.
import { STANCE_LABELS, type ClaimStatus, type SourceStance } from "@/lib/claims/claim-view";
import type { ClaimEventView } from "@/lib/claims/comment-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { verdictByKey } from "@/lib/verdicts";

type Change = { before: unknown; after: unknown };

const EMPTY = "—";
const MAX_TEXT = 200;

/** Bookkeeping that says nothing to a reader: the quote's context and its offsets in the text. */
const UNSPOKEN = new Set(["prefix", "suffix", "startOffset", "endOffset"]);

/** The quote's context and offsets alone are worth one line; the quote's own line says it all. */
const MOVED = "Quote re-anchored in the article text";

/** The order lines are read in; PostgreSQL's jsonb keeps no key order, so the server's is lost. */
const FIELD_ORDER = ["number", "exact", "claimant", "verdict", "rationale", "status", "source", "comment", "reason"];
function rank(field: string): number {
  const known = FIELD_ORDER.indexOf(field);
  return known === -1 ? FIELD_ORDER.length : known;
}

/** One line per change, in the order a person reads a claim: quote, claimant, verdict, rationale… */
export function describeChanges(event: Pick<ClaimEventView, "action" | "changes">): string[] {
  const entries = Object.entries(event.changes).sort(([a], [b]) => rank(a) - rank(b));
  const lines = entries.filter(([field]) => !UNSPOKEN.has(field)).map(([field, change]) => describe(field, change));
  const onlyPosition = entries.some(([field]) => UNSPOKEN.has(field)) && !("exact" in event.changes);
  if (onlyPosition && event.action !== "CREATED" && event.action !== "DELETED") lines.push(MOVED);
  return lines;
}

function describe(field: string, { before, after }: Change): string {
  switch (field) {
    case "exact":
      if (isEmpty(before)) return `Quote set to ${quoted(after)}`;
      if (isEmpty(after)) return `Quote was ${quoted(before)}`;
      return `Quote: ${quoted(before)} → ${quoted(after)}`;
    case "claimant":
      return `Claimant: ${plain(before)} → ${plain(after)}`;
    case "verdict":
      return `Verdict: ${verdictLabel(before)} → ${verdictLabel(after)}`;
    case "rationale":
      return `Rationale: ${quoted(before)} → ${quoted(after)}`;
    case "status":
      return `Status: ${statusLabel(before)} → ${statusLabel(after)}`;
    case "number":
      return `Numbered claim ${plain(after)}`;
    case "comment":
      return `Comment: ${quoted(after)}`;
    case "reason":
      return `Reason: ${quoted(after)}`;
    case "source":
      return isEmpty(after) ? `Source removed: ${sourceText(before)}` : `Source added: ${sourceText(after)}`;
    case "linkedClaim":
      return "Linked to the earlier claim whose fact-check it uses";
    case "sources":
      return `Sources copied: ${Number(after) - Number(before)}`;
    default:
      return `${humanize(field)}: ${quoted(before)} → ${quoted(after)}`;
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function truncate(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function plain(value: unknown): string {
  return isEmpty(value) ? EMPTY : truncate(String(value));
}

function quoted(value: unknown): string {
  if (isEmpty(value)) return EMPTY;
  return `“${truncate(typeof value === "object" ? JSON.stringify(value) : String(value))}”`;
}

function verdictLabel(value: unknown): string {
  return isEmpty(value) ? EMPTY : (verdictByKey(String(value))?.label ?? String(value));
}

function statusLabel(value: unknown): string {
  return isEmpty(value) ? EMPTY : (STATUS_DISPLAY[value as ClaimStatus]?.label ?? String(value));
}

/** “title” (refutes the claim, https://…): the stance in words, never the API key. */
function sourceText(value: unknown): string {
  const source = (value ?? {}) as { title?: unknown; url?: unknown; stance?: unknown };
  const stance = STANCE_LABELS[source.stance as SourceStance]?.toLowerCase();
  const details = [stance, isEmpty(source.url) ? null : String(source.url)].filter(Boolean).join(", ");
  return `${quoted(source.title)}${details ? ` (${details})` : ""}`;
}

/** A field this module has no words for yet still reads as words: "publicSlug" → "Public slug". */
function humanize(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
