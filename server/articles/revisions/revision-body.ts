import "server-only";
import { importArticleSource, type ImportOptions } from "@/server/articles/import/import-article-source";
import type { CreateRevisionInput } from "@/server/articles/revisions/schemas";

export type RevisionBody = { contentHtml: string; contentText: string; url: string | null };

/** The new text of a revision, through the same import pipeline as a new article. */
export async function loadRevisionBody(input: CreateRevisionInput, options: ImportOptions = {}): Promise<RevisionBody> {
  const imported = await importArticleSource(
    input.format === "url" ? { format: "url", url: input.url! } : { format: input.format, body: input.body! },
    options,
  );
  return { contentHtml: imported.contentHtml, contentText: imported.contentText, url: imported.url ?? null };
}
