import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { UpdateClaimInput } from "@/server/claims/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import { fieldChanges, recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";

/**
 * Saves the checker's fields if nobody changed the claim since they read it (optimistic
 * concurrency on `version`). A stale save is refused with 409 naming who changed it and when;
 * nothing is silently overwritten. Every real change is recorded in the claim's history.
 */
export async function updateClaim(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  const { version, ...fields } = parseInput(UpdateClaimInput, raw);
  const claim = await db.$transaction(async (tx) => {
    const current = await lockClaimForChange(tx, claimId, actor, "claim.edit");
    if (current.version !== version) {
      const latest = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
      throw staleEdit(toClaimView(latest), version);
    }
    const changes = fieldChanges(current, fields);
    if (Object.keys(changes).length === 0)
      return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
    const verdictChanged = "verdict" in changes || "rationale" in changes;
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: {
        ...Object.fromEntries(Object.entries(changes).map(([field, { after }]) => [field, after])),
        version: { increment: 1 },
        updatedById: actor.id,
        ...(verdictChanged && { verdictEditedById: actor.id }),
      },
      include: claimInclude,
    });
    await recordClaimEvent(tx, { claim: updated, actorId: actor.id, action: "UPDATED", changes });
    return updated;
  });
  return toClaimView(claim);
}

function staleEdit(current: ClaimView, yourVersion: number): AppError {
  const when = new Date(current.updatedAt).toISOString().replace("T", " ").slice(0, 16);
  return new AppError(
    "CONFLICT",
    `${current.updatedBy.name} changed this claim at ${when} UTC (now version ${current.version}; you edited version ${yourVersion}). ` +
      "Your changes were not saved. Review their version, then apply your changes again.",
    undefined,
    { current },
  );
}
