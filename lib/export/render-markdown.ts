// Markdown export: CommonMark plus footnotes (`[^label]`, as GitHub and markdown-it-footnote read
// them). Every stored string is escaped to read literally, and no raw HTML is ever emitted.
import { annotateDoc } from "@/lib/export/annotate-doc";
import { escapeMarkdownLine, markdownUrl } from "@/lib/export/escape-markdown";
import { httpUrl } from "@/lib/export/http-url";
import { longDate } from "@/lib/export/long-date";
import { articleMarkdown } from "@/lib/export/markdown-article";
import { claimIndexMarkdown, footnotesMarkdown } from "@/lib/export/markdown-notes";
import type { ExportDocument } from "@/lib/export/model";

export function renderMarkdown(doc: ExportDocument): string {
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  const sections = [
    `# ${escapeMarkdownLine(doc.article.title)}`,
    metadataMarkdown(doc),
    doc.scope === "all" ? "> **Internal export:** includes claims that are not approved yet." : "",
    `## Claims (${doc.claims.length})`,
    doc.claims.length > 0 ? claimIndexMarkdown(doc.claims) : "No claims to show.",
    "## Article",
    articleMarkdown(annotateDoc(doc.doc, spans)),
    footnotesMarkdown(doc.claims, doc.includeNotes),
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function metadataMarkdown({ article, newsroom, generatedAt, publicUrl }: ExportDocument): string {
  const original = httpUrl(article.url);
  const published = httpUrl(publicUrl);
  const byline = [
    article.outlet && escapeMarkdownLine(article.outlet),
    article.author && `By ${escapeMarkdownLine(article.author)}`,
    article.publishedAt && `Published ${escapeMarkdownLine(longDate(article.publishedAt))}`,
  ].filter(Boolean);
  const lines = [
    byline.join(" · "),
    original ? `[Read the original article](${markdownUrl(original)})` : "",
    `Annotated by ${escapeMarkdownLine(newsroom.name)} · Exported ${escapeMarkdownLine(longDate(generatedAt))}`,
    published ? `Public page: [${escapeMarkdownLine(published)}](${markdownUrl(published)})` : "",
  ];
  return lines.filter((l) => l !== "").join("\\\n");
}
