import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { UpdateClaimInput } from "@/server/claims/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import { fieldChanges, recordClaimEvent } from "@/server/claims/claim-events";
import { assertUnlocked, lockClaim } from "@/server/claims/lock-claim";
import { assertAssignable, assertMayAssign, recordAssignment } from "@/server/claims/assign-claim";
import { claimOwners } from "@/lib/permissions";

/**
 * Saves the checker's fields if nobody changed the claim since they read it (optimistic
 * concurrency on `version`). A stale save is refused with 409 naming who changed it and when;
 * nothing is silently overwritten. Every real change is recorded in the claim's history.
 * `assigneeId` may come alone or with the fields: alone it needs the assignment permission only,
 * not claim.edit, so a fact-checker can take a claim someone else wrote.
 */
export async function updateClaim(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  const { version, assigneeId, ...fields } = parseInput(UpdateClaimInput, raw);
  const claim = await db.$transaction(async (tx) => {
    const current = await lockClaim(tx, claimId);
    const editsFields = Object.values(fields).some((value) => value !== undefined);
    if (editsFields || assigneeId === undefined) assertPermission(actor, "claim.edit", claimOwners(current));
    if (assigneeId !== undefined) await assertMayAssign(tx, current, actor, assigneeId);
    assertUnlocked(current);
    if (current.version !== version) {
      const latest = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
      throw staleEdit(toClaimView(latest), version);
    }
    const changes = fieldChanges(current, fields);
    const reassigned = assigneeId !== undefined && assigneeId !== current.assigneeId;
    if (reassigned) await assertAssignable(tx, assigneeId);
    if (Object.keys(changes).length === 0 && !reassigned)
      return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
    const verdictChanged = "verdict" in changes || "rationale" in changes;
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: {
        ...Object.fromEntries(Object.entries(changes).map(([field, { after }]) => [field, after])),
        ...(reassigned && { assigneeId }),
        version: { increment: 1 },
        updatedById: actor.id,
        ...(verdictChanged && { verdictEditedById: actor.id }),
      },
      include: claimInclude,
    });
    if (Object.keys(changes).length > 0)
      await recordClaimEvent(tx, { claim: updated, actorId: actor.id, action: "UPDATED", changes });
    if (reassigned) await recordAssignment(tx, updated, actor, { before: current.assigneeId, after: assigneeId });
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
