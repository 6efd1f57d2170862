// What every export format renders: one article with its claims, already anchored and numbered
// in text order. Built on the server (server/export/load-export.ts); the renderers are pure.
import type { ArticleDoc } from "@/lib/article/doc";
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";
import type { ClaimStatus, PersonView, SourceStance } from "@/lib/claims/claim-view";
import type { CommentView } from "@/lib/claims/comment-view";
import type { Verdict } from "@/lib/verdicts";

export type ExportScope = "approved" | "all";

export interface ExportSource {
  /**
   * The stored URL when the link policy may link it as a source (http(s)), else null: then it is
   * printed as text, never linked. Renderers link `sourceHref(url)`, the policy's normalized form.
   */
  url: string | null;
  /** The URL as stored, for formats that list it as plain text. */
  rawUrl: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: SourceStance;
  stanceLabel: string;
}

export interface ExportClaim {
  /** 1-based, in text order (outer before nested); `#claim-N` on the public page. */
  number: number;
  id: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Where the claim sits in `text` now; null when its quote can no longer be found. */
  anchored: { start: number; end: number } | null;
  claimant: string | null;
  verdict: Verdict | null;
  rationale: string | null;
  status: ClaimStatus;
  statusLabel: string;
  sources: ExportSource[];
  createdBy: PersonView;
  updatedBy: PersonView;
  reviewedBy: PersonView | null;
  createdAt: string;
  updatedAt: string;
  reviewedAt: string | null;
  /** The review discussion; empty unless the export asked for notes. */
  comments: CommentView[];
}

export interface ExportDocument {
  article: {
    id: string;
    title: string;
    outlet: string | null;
    /** The original article's URL when the link policy may link it (http/https), else null. */
    url: string | null;
    author: string | null;
    publishedAt: string | null;
    createdAt: string;
  };
  doc: ArticleDoc;
  /** The article's contentText: what every offset refers to. */
  text: string;
  claims: ExportClaim[];
  scope: ExportScope;
  includeNotes: boolean;
  newsroom: { name: string; url: string };
  /** The public read-only page, when the article is published. */
  publicUrl: string | null;
  /** The IRI annotations target: the public page if published, else the desk's article URL. */
  targetUrl: string;
  generatedAt: string;
}
