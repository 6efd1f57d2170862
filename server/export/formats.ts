import "server-only";
import type { ExportDocument } from "@/lib/export/model";
import { renderWebAnnotationsJson } from "@/lib/export/render-annotations";
import { renderClaimReviewJson } from "@/lib/export/render-claimreview";
import { renderClaimsCsv } from "@/lib/export/render-csv";
import { renderAnnotatedHtml } from "@/lib/export/render-html";
import { renderMarkdown } from "@/lib/export/render-markdown";
import { renderDocx } from "@/server/export/docx/render-docx";
import { renderPdf } from "@/server/export/pdf/render-pdf";
import type { EXPORT_FORMAT_KEYS } from "@/server/export/schemas";

export type ExportFormat = (typeof EXPORT_FORMAT_KEYS)[number];

interface FormatSpec {
  extension: string;
  contentType: string;
  render: (doc: ExportDocument) => string | Buffer | Promise<string | Buffer>;
}

/** Each format: its file extension, its media type and its renderer (all pure but PDF and DOCX). */
export const EXPORT_FORMATS: Record<ExportFormat, FormatSpec> = {
  html: { extension: "html", contentType: "text/html; charset=utf-8", render: renderAnnotatedHtml },
  pdf: { extension: "pdf", contentType: "application/pdf", render: renderPdf },
  docx: {
    extension: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: renderDocx,
  },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8", render: renderMarkdown },
  annotations: {
    extension: "jsonld",
    contentType: "application/ld+json; charset=utf-8",
    render: renderWebAnnotationsJson,
  },
  claimreview: {
    extension: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    render: renderClaimReviewJson,
  },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", render: renderClaimsCsv },
};
