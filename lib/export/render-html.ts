// Annotated HTML export: one self-contained HTML5 file that opens offline. No scripts, no fonts,
// no images; the Content-Security-Policy forbids fetching anything even if a reader's browser tried.
// Its header, article and notes are the same element trees the public page renders (lib/render).
import { EXPORT_CSS } from "@/lib/export/html-style";
import { longDate } from "@/lib/export/long-date";
import type { ExportDocument } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";
import { escapeHtml, h, toHtml } from "@/lib/render/element";
import { articleSection, claimsSection, CLAIMS_HEADING_ID, factCheckHeader } from "@/lib/render/fact-check-sections";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderAnnotatedHtml(doc: ExportDocument): string {
  const publicUrl = sourceHref(doc.publicUrl);
  const footer = h(
    "footer",
    {},
    h(
      "p",
      {},
      `Exported by ${doc.newsroom.name} on ${longDate(doc.generatedAt)}.`,
      publicUrl && [" Public page: ", h("a", { href: publicUrl }, publicUrl)],
    ),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>Fact-check: ${escapeHtml(doc.article.title)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
${toHtml(h("a", { class: "skip-link", href: `#${CLAIMS_HEADING_ID}` }, "Skip to the claims"))}
${toHtml(factCheckHeader(doc))}
<main>
${toHtml(articleSection(doc))}
${toHtml(claimsSection(doc))}
</main>
${toHtml(footer)}
</body>
</html>
`;
}
