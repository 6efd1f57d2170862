// Annotated HTML export: one self-contained HTML5 file that opens offline. No scripts, no fonts,
// no images; the Content-Security-Policy forbids fetching anything even if a reader's browser tried.
import { escapeHtml } from "@/lib/export/escape-html";
import { articleHtml } from "@/lib/export/html-article";
import { claimNotesHtml } from "@/lib/export/html-notes";
import { EXPORT_CSS } from "@/lib/export/html-style";
import { annotateDoc } from "@/lib/export/annotate-doc";
import { httpUrl } from "@/lib/export/http-url";
import { longDate } from "@/lib/export/long-date";
import type { ExportDocument } from "@/lib/export/model";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderAnnotatedHtml(doc: ExportDocument): string {
  const { article } = doc;
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  const claims = new Map(doc.claims.map((c) => [c.number, c]));
  const publicUrl = httpUrl(doc.publicUrl);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>Fact-check: ${escapeHtml(article.title)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<a class="skip-link" href="#claims-heading">Skip to the claims</a>
<header>
${headerHtml(doc)}
</header>
<main>
<section class="article-text" aria-labelledby="article-heading">
<h2 id="article-heading" class="visually-hidden">Article</h2>
${articleHtml(annotateDoc(doc.doc, spans), claims)}
</section>
<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims (${doc.claims.length})</h2>
${claimNotesHtml(doc.claims, doc.includeNotes)}
</section>
</main>
<footer>
<p>Exported by ${escapeHtml(doc.newsroom.name)} on ${escapeHtml(longDate(doc.generatedAt))}.${
    publicUrl ? ` Public page: <a href="${escapeHtml(publicUrl)}">${escapeHtml(publicUrl)}</a>` : ""
  }</p>
</footer>
</body>
</html>
`;
}

function headerHtml({ article, newsroom, scope }: ExportDocument): string {
  const original = httpUrl(article.url);
  const byline = [
    article.outlet && escapeHtml(article.outlet),
    article.author && `By ${escapeHtml(article.author)}`,
    article.publishedAt &&
      `Published <time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(longDate(article.publishedAt))}</time>`,
  ].filter(Boolean);
  return [
    `<p class="newsroom">${escapeHtml(newsroom.name)} · Annotated fact-check</p>`,
    `<h1 dir="auto">${escapeHtml(article.title)}</h1>`,
    byline.length > 0 ? `<p class="byline">${byline.join(" · ")}</p>` : "",
    original
      ? `<p><a href="${escapeHtml(original)}" rel="noopener noreferrer nofollow">Read the original article</a></p>`
      : "",
    scope === "all"
      ? `<p class="internal" role="note">Internal export: includes claims that are not approved yet.</p>`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}
