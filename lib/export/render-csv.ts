// CSV export: one row per claim in number order, RFC 4180 (CRLF, quoted fields), UTF-8 with a byte
// order mark so that Excel reads RTL text and emoji correctly. Cells hold text exactly as stored
// (control characters included: CSV allows them) except for the formula-injection apostrophe.
import { commentMeta } from "@/lib/export/claim-wording";
import { csvField } from "@/lib/export/csv-field";
import type { ExportClaim, ExportDocument } from "@/lib/export/model";

export const CSV_BOM = "\uFEFF";

const COLUMNS: [header: string, cell: (c: ExportClaim) => string | number | null | undefined][] = [
  ["Number", (c) => c.number],
  ["Quote", (c) => c.quote.exact],
  ["Claimant", (c) => c.claimant],
  ["Verdict", (c) => c.verdict?.key],
  ["Verdict label", (c) => c.verdict?.label],
  ["Rationale", (c) => c.rationale],
  ["Status", (c) => c.statusLabel],
  ["Sources", (c) => c.sources.map((s) => `${s.title} <${s.rawUrl}>`).join("; ")],
  ["Source count", (c) => c.sources.length],
  // Where the claim is in the article's text now; empty when its words are no longer found.
  ["Start", (c) => c.anchored?.start],
  ["End", (c) => c.anchored?.end],
  ["Prefix", (c) => c.quote.prefix],
  ["Suffix", (c) => c.quote.suffix],
  ["Created by", (c) => c.createdBy.name],
  ["Updated at", (c) => c.updatedAt],
  ["Reviewed by", (c) => c.reviewedBy?.name],
  ["Reviewed at", (c) => c.reviewedAt],
  ["Claim ID", (c) => c.id],
];

// With "Include review notes": the discussion, one comment per line as "Kind · Author · date: body"
// (a body keeps its own line breaks, as every cell keeps its text as stored).
const NOTES_COLUMN: (typeof COLUMNS)[number] = [
  "Review notes",
  (c) => c.comments.map((m) => `${commentMeta(m)}: ${m.body}`).join("\n"),
];

/** The header row without review notes; with them, "Review notes" comes last. */
export const CSV_HEADERS = COLUMNS.map(([header]) => header);

export function renderClaimsCsv(doc: ExportDocument): string {
  const columns = doc.includeNotes ? [...COLUMNS, NOTES_COLUMN] : COLUMNS;
  const rows = [
    columns.map(([header]) => header),
    ...[...doc.claims].sort((a, b) => a.number - b.number).map((c) => columns.map(([, cell]) => String(cell(c) ?? ""))),
  ];
  return CSV_BOM + rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
