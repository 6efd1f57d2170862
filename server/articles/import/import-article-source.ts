import "server-only";
import { AppError } from "@/server/errors";
import { ARTICLE_BODY_LIMIT_BYTES, type ArticleFormat } from "@/server/articles/schemas";
import type { ArticleMeta } from "@/server/articles/import/article-meta";
import type { FetchOverrides } from "@/server/articles/import/fetch-article-page";
import { importFromUrl } from "@/server/articles/import/import-from-url";
import { runInParseWorker } from "@/server/workers/parse-pool";

export type BodyFormat = Exclude<ArticleFormat, "url">;
export type ImportedBody = { contentHtml: string; contentText: string };
export type ImportedSource = ImportedBody & { url?: string; meta: ArticleMeta };

export type ArticleSource = { format: "url"; url: string } | { format: BodyFormat; body: string };

export type ImportOptions = { fetch?: FetchOverrides };

/**
 * The one place every way of supplying an article (new article, new revision) goes through:
 * text, HTML, Markdown, a Word file or a web address, to stored HTML and contentText. Refuses
 * what leaves no readable text.
 */
export async function importArticleSource(source: ArticleSource, options: ImportOptions = {}): Promise<ImportedSource> {
  if (source.format === "url") return importFromUrl(source.url, options.fetch);
  return { ...(await importBody(source)), meta: {} };
}

/** A submitted body in any format but "url". */
export async function importBody({ format, body }: { format: BodyFormat; body: string }): Promise<ImportedBody> {
  if (format !== "docx" && Buffer.byteLength(body, "utf8") > ARTICLE_BODY_LIMIT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The article body is larger than the 2 MB limit.", {
      body: ["The article body is larger than 2 MB. Split it, or remove embedded images and markup."],
    });
  }
  // Conversion, sanitizing and parsing run on a worker thread: no body may stall the server.
  const { contentHtml, contentText } = await runInParseWorker({ kind: "body", format, body });
  if (contentText.trim() === "") {
    throw new AppError("VALIDATION", "Some fields need attention.", {
      body: [
        format === "docx"
          ? "This Word file has no text the desk can read."
          : "Nothing readable is left once unsafe markup is removed. Paste the article's text.",
      ],
    });
  }
  return { contentHtml, contentText };
}
