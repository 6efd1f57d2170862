import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ClaimEventAction } from "@/server/generated/prisma/enums";

/** Field-level changes as the history shows them: { field: { before, after } }. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** The fields of `after` that differ from `before` (undefined in `after` means "not sent"). */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && value !== before[field])
      changes[field] = { before: before[field] ?? null, after: value };
  }
  return changes;
}

/** Appends one event to the claim's history; call it inside the transaction that makes the change. */
export function recordClaimEvent(
  tx: Prisma.TransactionClient,
  event: { claim: { id: string; articleId: string }; actorId: string; action: ClaimEventAction; changes: FieldChanges },
) {
  return tx.claimEvent.create({
    data: {
      claimId: event.claim.id,
      articleId: event.claim.articleId,
      actorId: event.actorId,
      action: event.action,
      changes: event.changes as Prisma.InputJsonValue,
    },
  });
}
