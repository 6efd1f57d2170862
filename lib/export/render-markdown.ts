// Markdown export: CommonMark plus footnotes (`[^label]`, as GitHub and markdown-it-footnote read
// them). Every stored string is escaped to read literally, and no raw HTML is ever emitted.
import { annotateDoc } from "@/lib/export/annotate-doc";
import { escapeMarkdownLine, markdownUrl } from "@/lib/export/escape-markdown";
import { longDate } from "@/lib/export/long-date";
import { articleMarkdown } from "@/lib/export/markdown-article";
import { claimIndexMarkdown, footnotesMarkdown } from "@/lib/export/markdown-notes";
import type { ExportDocument } from "@/lib/export/model";
import { NO_CLAIMS } from "@/lib/export/claim-wording";
import { sourceHref } from "@/lib/links/link-policy";

export function renderMarkdown(doc: ExportDocument): string {
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  const sections = [
    `# ${escapeMarkdownLine(doc.article.title)}`,
    metadataMarkdown(doc),
    doc.scope === "all" ? "> **Internal export:** includes claims that are not approved yet." : "",
    `## Claims (${doc.claims.length})`,
    doc.claims.length > 0 ? claimIndexMarkdown(doc.claims) : NO_CLAIMS,
    "## Article",
    articleMarkdown(annotateDoc(doc.doc, spans)),
    footnotesMarkdown(doc.claims, doc.includeNotes),
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function metadataMarkdown({ article, newsroom, generatedAt, publicUrl }: ExportDocument): string {
  const original = sourceHref(article.url);
  const published = sourceHref(publicUrl);
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
