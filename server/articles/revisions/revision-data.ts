// The row of one article revision, as every path that writes a revision builds it: creating an
// article (revision 1), updating it, the seed factories.
import type { RevisionSource } from "@/server/generated/prisma/enums";
import { textFingerprint } from "@/server/articles/text-fingerprint";

export type ImportFormat = "text" | "html" | "markdown" | "docx" | "url";

/** Where a body in `format` came from: a fetched page, an uploaded file, or pasted text. */
export function revisionSource(format: ImportFormat, fromFile = false): RevisionSource {
  if (format === "url") return "URL";
  return fromFile || format === "docx" ? "FILE" : "PASTE";
}

export function revisionData(input: {
  number: number;
  contentHtml: string;
  contentText: string;
  format: ImportFormat;
  url?: string | null;
  note?: string | null;
  createdById: string;
  fromFile?: boolean;
}) {
  return {
    number: input.number,
    contentHtml: input.contentHtml,
    contentText: input.contentText,
    source: revisionSource(input.format, input.fromFile),
    format: input.format,
    url: input.url ?? null,
    fingerprint: textFingerprint(input.contentText),
    note: input.note ?? null,
    createdById: input.createdById,
  };
}
