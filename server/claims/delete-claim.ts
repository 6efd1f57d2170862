import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { fieldChanges, recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";

/** Deletes a claim and its sources and comments; its history stays, ending with the deletion. */
export async function deleteClaim(claimId: string, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await lockClaimForChange(tx, claimId, actor, "claim.delete");
    const { exact, claimant, verdict, rationale, status } = claim;
    const changes = Object.fromEntries(
      Object.entries(fieldChanges({}, { exact, claimant, verdict, rationale, status })).map(([f, c]) => [
        f,
        { before: c.after, after: null },
      ]),
    );
    await recordClaimEvent(tx, { claim, actorId: actor.id, action: "DELETED", changes });
    await tx.claim.delete({ where: { id: claimId } });
  });
}
