import "server-only";
import type { ArticleRevision } from "@/server/generated/prisma/client";
import type { PersonView } from "@/lib/claims/claim-view";

export interface RevisionView {
  number: number;
  source: "paste" | "file" | "url";
  format: string;
  url: string | null;
  note: string | null;
  createdBy: PersonView;
  createdAt: string;
}

export function toRevisionView(r: ArticleRevision & { createdBy: PersonView }): RevisionView {
  return {
    number: r.number,
    source: r.source.toLowerCase() as RevisionView["source"],
    format: r.format,
    url: r.url,
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}
