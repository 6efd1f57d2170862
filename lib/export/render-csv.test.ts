import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CommentView } from "@/lib/claims/comment-view";
import { csvField } from "@/lib/export/csv-field";
import type { ExportClaim } from "@/lib/export/model";
import { CSV_BOM, CSV_HEADERS, renderClaimsCsv } from "@/lib/export/render-csv";
import { HOSTILE, hostileExport, seedExport } from "@/lib/export/testing/fixtures";

// Strict: CRLF records only, every row as wide as the header, no stray quotes, BOM understood.
const read = (csv: string): string[][] =>
  parse(csv, {
    bom: true,
    record_delimiter: "\r\n",
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  });
const comment = (kind: CommentView["kind"], body: string, createdAt: string): CommentView => ({
  id: `comment-${createdAt}`,
  claimId: "claim-1",
  kind,
  body,
  author: { id: "user-erin", name: "Erin Editor" },
  createdAt,
});
const unformula = (cell: string) => cell.replace(/^'(?=[ \t\r\n]*[=+\-@]|[\t\r\n])/, "");

const expectedRow = (c: ExportClaim) => [
  String(c.number),
  c.quote.exact,
  c.claimant ?? "",
  c.verdict?.key ?? "",
  c.verdict?.label ?? "",
  c.rationale ?? "",
  c.statusLabel,
  c.sources.map((s) => `${s.title} <${s.rawUrl}>`).join("; "),
  String(c.sources.length),
  String(c.anchored?.start ?? ""),
  String(c.anchored?.end ?? ""),
  c.quote.prefix,
  c.quote.suffix,
  c.createdBy.name,
  c.updatedAt,
  c.reviewedBy?.name ?? "",
  c.reviewedAt ?? "",
  c.id,
];

describe.each([
  ["seed", seedExport],
  ["hostile", hostileExport],
])("renderClaimsCsv (%s fixture)", (_name, fixture) => {
  it("is RFC 4180 with a BOM, a header and one row per claim in number order", () => {
    const doc = fixture();
    const csv = renderClaimsCsv(doc);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = read(csv);
    expect(header).toEqual(CSV_HEADERS);
    expect(rows.map((r) => r[0])).toEqual(doc.claims.map((c) => String(c.number)));
  });

  it("round-trips every field exactly, apart from the apostrophe before formula-like cells", () => {
    const doc = fixture();
    const rows = read(renderClaimsCsv(doc)).slice(1);
    expect(rows.map((r) => r.map(unformula))).toEqual(doc.claims.map(expectedRow));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^(?:[\t\r\n]|[ \t\r\n]*[=+\-@])/);
  });
});

describe("renderClaimsCsv", () => {
  it("keeps hostile text intact, control characters, RTL and emoji included, and defuses formulas", () => {
    const [, first, second] = read(renderClaimsCsv(hostileExport()));
    const cell = (row: string[] | undefined, header: string) => row![CSV_HEADERS.indexOf(header)];
    expect(cell(first, "Quote")).toBe(HOSTILE.quote);
    expect(cell(first, "Claimant")).toBe(`'${HOSTILE.claimant}`);
    expect(cell(first, "Rationale")).toBe(HOSTILE.rationale);
    expect(cell(first, "Sources")).toBe(`${HOSTILE.sourceTitle} <${HOSTILE.sourceUrl}>; Bad link <${HOSTILE.badUrl}>`);
    expect([cell(second, "Quote"), cell(second, "Claimant"), cell(second, "Rationale")]).toEqual([
      "'=SUM(A1:A2)",
      "'-1 formula",
      "'+cmd|' /C calc'!A0",
    ]);
  });

  it("adds the review discussion as a last column only when notes are included", () => {
    const doc = seedExport();
    doc.claims[0]!.comments = [
      comment("CHANGES_REQUESTED", "Add a second source.", "2026-11-21T09:00:00.000Z"),
      comment("NOTE", "=Done, see the calendar.", "2026-11-22T09:00:00.000Z"),
    ];
    expect(read(renderClaimsCsv(doc))[0]).toEqual(CSV_HEADERS);
    const [header, first, second] = read(renderClaimsCsv({ ...doc, includeNotes: true }));
    expect(header).toEqual([...CSV_HEADERS, "Review notes"]);
    expect(first!.at(-1)).toBe(
      "Changes requested · Erin Editor · 21 November 2026: Add a second source.\n" +
        "Comment · Erin Editor · 22 November 2026: =Done, see the calendar.",
    );
    expect(second!.at(-1)).toBe("");
  });

  it("leaves orphaned claims without offsets", () => {
    const doc = seedExport();
    doc.claims[1]!.anchored = null;
    const row = read(renderClaimsCsv(doc))[2]!;
    expect([row[CSV_HEADERS.indexOf("Start")], row[CSV_HEADERS.indexOf("End")]]).toEqual(["", ""]);
  });
});

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ["  =1", "'  =1"],
    ["a=1", "a=1"],
    ["", ""],
  ])("%j → %j", (input, output) => expect(csvField(input)).toBe(output));
});
