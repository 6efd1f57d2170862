// The claims of the Markdown export: a short index (whose references come first, so renderers that
// number footnotes by first reference number them as the claims are numbered, and so orphaned claims,
// which have no place in the text, still get their footnote) and one footnote definition per claim.
import { escapeMarkdownLine, indentContinuation, markdownParagraphs, markdownUrl } from "@/lib/export/escape-markdown";
import { claimTitle, commentMeta, ORPHAN_NOTE, verdictWords } from "@/lib/export/claim-wording";
import { footnoteRef } from "@/lib/export/markdown-inline";
import type { ExportClaim, ExportSource } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";

const ORPHAN = "no longer found in the text";

const statusText = (c: ExportClaim) =>
  c.status === "APPROVED" ? "Approved" : `**${escapeMarkdownLine(c.statusLabel)}, not approved yet**`;
const heading = (c: ExportClaim) =>
  `**${claimTitle(c.number)}** · ${escapeMarkdownLine(verdictWords(c))} · ${statusText(c)}`;

export function claimIndexMarkdown(claims: ExportClaim[]): string {
  return claims.map((c) => `- ${heading(c)}${c.anchored ? "" : ` · ${ORPHAN}`}${footnoteRef(c.number)}`).join("\n");
}

export function footnotesMarkdown(claims: ExportClaim[], includeNotes: boolean): string {
  return claims.map((c) => footnoteMarkdown(c, includeNotes)).join("\n\n");
}

function footnoteMarkdown(c: ExportClaim, includeNotes: boolean): string {
  const parts = [
    `> “${markdownParagraphs(c.quote.exact)}”`.replace(/\n/g, "\n> ").replace(/^> $/gm, ">"),
    c.anchored ? "" : `*${ORPHAN_NOTE}*`,
    c.claimant ? `Claimant: ${escapeMarkdownLine(c.claimant)}` : "",
    c.rationale ? `**Rationale:** ${markdownParagraphs(c.rationale)}` : "",
    c.sources.length > 0 ? `**Sources:**\n\n${c.sources.map(sourceMarkdown).join("\n")}` : "",
    includeNotes && c.comments.length > 0 ? commentsMarkdown(c) : "",
  ].filter((p) => p !== "");
  // Every line after the first is indented four spaces, which keeps it inside the footnote.
  return indentContinuation(`${footnoteRef(c.number)}: ${heading(c)}\n\n${parts.join("\n\n")}`, "    ");
}

function sourceMarkdown(s: ExportSource): string {
  const url = sourceHref(s.url);
  // Only http(s) URLs become links; anything else is shown as text so the reader sees what was stored.
  const title = url
    ? `[${escapeMarkdownLine(s.title)}](${markdownUrl(url)})`
    : `${escapeMarkdownLine(s.title)} (${escapeMarkdownLine(s.rawUrl)})`;
  const publisher = s.publisher ? ` · ${escapeMarkdownLine(s.publisher)}` : "";
  const excerpt = s.excerpt ? `\\\n“${escapeMarkdownLine(s.excerpt)}”` : "";
  return `- ${title}${publisher} — ${escapeMarkdownLine(s.stanceLabel)}${excerpt}`.replace(/\n/g, "\n  ");
}

function commentsMarkdown(c: ExportClaim): string {
  const items = c.comments.map((m) => {
    return `- ${escapeMarkdownLine(commentMeta(m))}:\\\n${markdownParagraphs(m.body)}`.replace(/\n(?=[^\n])/g, "\n  ");
  });
  return `**Review notes:**\n\n${items.join("\n")}`;
}
