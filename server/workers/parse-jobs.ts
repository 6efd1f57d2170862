// The CPU-heavy half of importing an article: what runs in a parse worker (parse-worker.ts).
// Imported by the worker under plain Node, so nothing reachable from here may import "server-only".
import { importArticleBody } from "@/lib/article/import-body";
import { markdownToHtml } from "@/lib/article/markdown-to-html";
import type { ArticleMeta } from "@/server/articles/import/article-meta";
import { docxToHtml } from "@/server/articles/import/docx-to-html";
import { extractArticle } from "@/server/articles/import/extract-article";

export type ParseJob =
  | { kind: "body"; format: "text" | "html" | "markdown" | "docx"; body: string }
  | { kind: "page"; url: string; contentType: string; body: Uint8Array };

export type ParsedBody = { contentHtml: string; contentText: string };
export type ParsedPage = ParsedBody & { extractedBytes: number; meta: ArticleMeta };
export type ParseResult<J extends ParseJob> = J extends { kind: "page" } ? ParsedPage : ParsedBody;

export async function runParseJob(job: ParseJob): Promise<ParsedBody | ParsedPage> {
  if (job.kind === "page") {
    const { html, meta } = extractArticle({ url: job.url, contentType: job.contentType, body: Buffer.from(job.body) });
    const { contentHtml, contentText } = importArticleBody({ format: "html", body: html });
    return { contentHtml, contentText, meta, extractedBytes: Buffer.byteLength(html, "utf8") };
  }
  if (job.format === "text") return withoutDoc(importArticleBody({ format: "text", body: job.body }));
  const html =
    job.format === "markdown"
      ? markdownToHtml(job.body)
      : job.format === "docx"
        ? await docxToHtml(job.body)
        : job.body;
  return withoutDoc(importArticleBody({ format: "html", body: html }));
}

// The doc is rebuilt from contentHtml wherever it is needed; posting it back would only cost a copy.
function withoutDoc({ contentHtml, contentText }: ParsedBody): ParsedBody {
  return { contentHtml, contentText };
}
