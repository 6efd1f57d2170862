import "server-only";
import { exportFilename } from "@/lib/export/slug";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { EXPORT_FORMATS } from "@/server/export/formats";
import { loadExportDocument } from "@/server/export/load-export";
import { ExportQuery } from "@/server/export/schemas";

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

/**
 * One article in one format. Anyone on the desk may export; `scope=all` adds unapproved claims,
 * clearly marked, for internal use. ClaimReview only ever describes approved claims.
 */
export async function exportArticle(articleId: string, rawQuery: unknown, _actor: Actor): Promise<ExportFile> {
  const query = parseInput(ExportQuery, rawQuery);
  const spec = EXPORT_FORMATS[query.format];
  const doc = await loadExportDocument(
    { id: articleId },
    { scope: query.scope, includeNotes: query.notes === "include" },
  );
  return {
    body: await spec.render(doc),
    contentType: spec.contentType,
    filename: exportFilename(doc.article.title, new Date(doc.generatedAt), spec.extension),
  };
}
