import "server-only";
import type { NotificationKind, Prisma } from "@/server/generated/prisma/client";
import { notify } from "@/server/notifications/notify";

type OwnedClaim = { id: string; articleId: string; createdById: string; assigneeId: string | null };

/**
 * The people a claim belongs to, its creator and its assignee, told of something done to it
 * (approved, sent back, its words changed), never the person who did it.
 */
export function notifyClaimOwners(
  tx: Prisma.TransactionClient,
  claims: readonly OwnedClaim[],
  kind: NotificationKind,
  actorId: string | null,
  data?: Prisma.InputJsonObject,
): Promise<number> {
  return notify(
    tx,
    claims.flatMap((claim) =>
      [claim.createdById, claim.assigneeId]
        .filter((userId): userId is string => userId !== null)
        .map((userId) => ({ userId, kind, articleId: claim.articleId, claimId: claim.id, actorId, data })),
    ),
  );
}
