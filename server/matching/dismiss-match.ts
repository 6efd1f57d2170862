import "server-only";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { claimOwners } from "@/lib/permissions";

/**
 * "Not the same claim": the pair is never suggested again, either way round. Whoever may edit the
 * claim decides, also on an approved one (nothing on the claim changes). Dismissing twice is fine.
 */
export async function dismissMatch(claimId: string, otherClaimId: string, actor: Actor): Promise<void> {
  if (claimId === otherClaimId) throw new AppError("UNPROCESSABLE", "A claim is always the same claim as itself.");
  const owner = { select: { createdById: true, assigneeId: true } } as const;
  const [claim, other] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, ...owner }),
    db.claim.findUnique({ where: { id: otherClaimId }, select: { id: true } }),
  ]);
  if (!claim || !other) throw notFound("Claim");
  assertPermission(actor, "claim.edit", claimOwners(claim));
  await db.claimMatchDismissal.createMany({
    data: [{ claimId, otherClaimId, dismissedById: actor.id }],
    skipDuplicates: true,
  });
}
