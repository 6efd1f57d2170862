import "server-only";
import type { SourceView } from "@/lib/claims/claim-view";
import { normalizeSourceUrl } from "@/lib/claims/source-url";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { AddSourceInput } from "@/server/sources/schemas";
import { sourceInclude, toSourceView } from "@/server/claims/claim-view";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";

/**
 * Adds a source to a claim. The same page twice on one claim is refused (409, on `fields.url`):
 * the check runs under the claim's row lock, so two people adding it at once cannot both succeed.
 */
export async function addSource(claimId: string, raw: unknown, actor: Actor): Promise<SourceView> {
  const input = parseInput(AddSourceInput, raw);
  const source = await db.$transaction(async (tx) => {
    const claim = await lockClaimForChange(tx, claimId, actor, "source.manage");
    const existing = await tx.source.findMany({ where: { claimId }, select: { url: true } });
    const wanted = normalizeSourceUrl(input.url);
    if (existing.some((s) => normalizeSourceUrl(s.url) === wanted)) {
      const message = `This source is already on claim ${claim.number}.`;
      throw new AppError("CONFLICT", message, { url: [message] });
    }
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
