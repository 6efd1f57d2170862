import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";

export async function removeSource(sourceId: string, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.source.findUnique({ where: { id: sourceId }, select: { claimId: true } });
    if (!found) throw notFound("Source");
    const claim = await lockClaimForChange(tx, found.claimId, actor, "source.manage");
    // Re-read under the claim's lock: a concurrent removal may have won.
    const source = await tx.source.findUnique({ where: { id: sourceId } });
    if (!source) throw notFound("Source");
    await tx.source.delete({ where: { id: sourceId } });
    const { url, title, publisher, excerpt, stance } = source;
    await recordClaimEvent(tx, {
      claim,
      actorId: actor.id,
      action: "SOURCE_REMOVED",
      changes: { source: { before: { url, title, publisher, excerpt, stance }, after: null } },
    });
  });
}
