import "server-only";
import type { ClaimLinksView } from "@/lib/matching/match-view";
import { db } from "@/server/db";
import { relatedClaimSelect, toRelatedClaimView } from "@/server/matching/related-claim";

const person = { select: { id: true, name: true } } as const;

/** Both sides of a claim's links: the fact-checks it uses and the claims that use its own. */
export async function claimLinks(claimId: string): Promise<ClaimLinksView> {
  const rows = await db.claimLink.findMany({
    where: { OR: [{ claimId }, { linkedClaimId: claimId }] },
    orderBy: { createdAt: "asc" },
    include: { claim: { select: relatedClaimSelect }, linkedClaim: { select: relatedClaimSelect }, createdBy: person },
  });
  const view = (row: (typeof rows)[number], other: (typeof rows)[number]["claim"]) => ({
    claim: toRelatedClaimView(other),
    copied: row.copied,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  });
  return {
    uses: rows.filter((r) => r.claimId === claimId).map((r) => view(r, r.linkedClaim)),
    usedBy: rows.filter((r) => r.linkedClaimId === claimId).map((r) => view(r, r.claim)),
  };
}
