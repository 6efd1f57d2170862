import "server-only";
import type { SourceView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { AddSourceInput } from "@/server/sources/schemas";
import { sourceInclude, toSourceView } from "@/server/claims/claim-view";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";

export async function addSource(claimId: string, raw: unknown, actor: Actor): Promise<SourceView> {
  const input = parseInput(AddSourceInput, raw);
  const source = await db.$transaction(async (tx) => {
    const claim = await lockClaimForChange(tx, claimId, actor, "source.manage");
    const created = await tx.source.create({
      data: { ...input, claimId, addedById: actor.id },
      include: sourceInclude,
    });
    const { url, title, publisher, excerpt, stance } = created;
    await recordClaimEvent(tx, {
      claim,
      actorId: actor.id,
      action: "SOURCE_ADDED",
      changes: { source: { before: null, after: { url, title, publisher, excerpt, stance } } },
    });
    return created;
  });
  return toSourceView(source);
}
