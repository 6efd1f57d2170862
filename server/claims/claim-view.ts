import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ClaimView, SourceView } from "@/lib/claims/claim-view";

const person = { select: { id: true, name: true } } as const;

export const sourceInclude = { addedBy: person } satisfies Prisma.SourceInclude;

export const claimInclude = {
  createdBy: person,
  updatedBy: person,
  verdictEditedBy: person,
  reviewedBy: person,
  assignee: person,
  sources: { include: sourceInclude, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
type SourceRow = Prisma.SourceGetPayload<{ include: typeof sourceInclude }>;

export function toSourceView(s: SourceRow): SourceView {
  return {
    id: s.id,
    claimId: s.claimId,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    excerpt: s.excerpt,
    stance: s.stance,
    addedBy: s.addedBy,
    createdAt: s.createdAt.toISOString(),
  };
}

export function toClaimView(c: ClaimRow): ClaimView {
  return {
    id: c.id,
    articleId: c.articleId,
    number: c.number,
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: c.exact, prefix: c.prefix, suffix: c.suffix },
        { type: "TextPositionSelector", start: c.startOffset, end: c.endOffset },
      ],
    },
    anchor: {
      status: c.anchorStatus.toLowerCase() as ClaimView["anchor"]["status"],
      score: c.anchorScore,
      revision: c.anchorRevision,
    },
    claimant: c.claimant,
    verdict: c.verdict,
    rationale: c.rationale,
    status: c.status,
    version: c.version,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
    verdictEditedBy: c.verdictEditedBy,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    reviewedBy: c.reviewedBy,
    reviewedAt: c.reviewedAt?.toISOString() ?? null,
    assignee: c.assignee,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    sources: c.sources.map(toSourceView),
  };
}
