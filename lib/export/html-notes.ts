// The "Claims" notes of the HTML export: one <li id="claim-N"> per claim, in number order. The
// verdict and the review status are always words (with a symbol), never a colour alone.
import { COMMENT_KIND_LABELS } from "@/lib/claims/comment-view";
import { claimId, claimNumber } from "@/lib/export/claim-anchor";
import { escapeHtml, paragraphsHtml } from "@/lib/export/escape-html";
import { httpUrl } from "@/lib/export/http-url";
import { longDate } from "@/lib/export/long-date";
import type { ExportClaim, ExportSource } from "@/lib/export/model";

export function claimNotesHtml(claims: ExportClaim[], includeNotes: boolean): string {
  if (claims.length === 0) return `<p>No claims to show.</p>`;
  return `<ol class="notes">\n${claims.map((c) => noteHtml(c, includeNotes)).join("\n")}\n</ol>`;
}

function noteHtml(c: ExportClaim, includeNotes: boolean): string {
  const n = claimNumber(c.number);
  const verdict = c.verdict
    ? `<span class="badge verdict-${escapeHtml(c.verdict.key)}"><span aria-hidden="true">${escapeHtml(c.verdict.symbol)}</span> ${escapeHtml(c.verdict.label)}</span>`
    : `<span class="badge verdict-none">No verdict yet</span>`;
  const parts = [
    `<h3 id="${claimId(c.number, "title")}">Claim ${n} ${verdict}</h3>`,
    statusHtml(c),
    `<blockquote class="quote" dir="auto"><p>“${escapeHtml(c.quote.exact)}”</p></blockquote>`,
    c.claimant ? `<p class="claimant">Claimant: <bdi>${escapeHtml(c.claimant)}</bdi></p>` : "",
    c.rationale ? `<h4>Rationale</h4><div class="rationale" dir="auto">${paragraphsHtml(c.rationale)}</div>` : "",
    c.sources.length > 0 ? `<h4>Sources</h4><ul class="sources">${c.sources.map(sourceHtml).join("")}</ul>` : "",
    includeNotes && c.comments.length > 0 ? commentsHtml(c) : "",
    c.anchored
      ? `<p class="back"><a href="#${claimId(c.number, "text")}">Back to claim ${n} in the text</a></p>`
      : `<p class="orphan">This claim’s words are no longer found in the text.</p>`,
  ];
  return `<li id="${claimId(c.number)}" class="note" aria-labelledby="${claimId(c.number, "title")}">${parts.join("")}</li>`;
}

function statusHtml(c: ExportClaim): string {
  if (c.status === "APPROVED") {
    const by = c.reviewedBy ? ` by ${escapeHtml(c.reviewedBy.name)}` : "";
    const on = c.reviewedAt ? ` on ${escapeHtml(longDate(c.reviewedAt))}` : "";
    return `<p class="status status-approved">Review status: Approved${by}${on}</p>`;
  }
  return `<p class="status status-pending">Review status: <strong>${escapeHtml(c.statusLabel)}</strong>, not approved yet</p>`;
}

function sourceHtml(s: ExportSource): string {
  // Only http(s) URLs become links; anything else is shown as text so the reader sees what was stored.
  const url = httpUrl(s.url);
  const title = url
    ? `<cite><a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(s.title)}</a></cite>`
    : `<cite>${escapeHtml(s.title)}</cite> <span class="raw-url">(${escapeHtml(s.rawUrl)})</span>`;
  const publisher = s.publisher ? ` · ${escapeHtml(s.publisher)}` : "";
  const excerpt = s.excerpt ? `<blockquote class="excerpt" dir="auto">${paragraphsHtml(s.excerpt)}</blockquote>` : "";
  return `<li dir="auto">${title}${publisher} — <span class="stance">${escapeHtml(s.stanceLabel)}</span>${excerpt}</li>`;
}

function commentsHtml(c: ExportClaim): string {
  const items = c.comments.map(
    (m) =>
      `<li><p class="comment-meta">${escapeHtml(COMMENT_KIND_LABELS[m.kind])} · ${escapeHtml(m.author.name)} · ${escapeHtml(longDate(m.createdAt))}</p>${paragraphsHtml(m.body)}</li>`,
  );
  return `<h4>Review notes</h4><ol class="comments">${items.join("")}</ol>`;
}
