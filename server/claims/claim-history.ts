import "server-only";
import type { ClaimEventView } from "@/lib/claims/comment-view";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";

/** Every recorded change to a claim in the order it happened; still readable after deletion. */
export async function claimHistory(claimId: string, _actor: Actor): Promise<ClaimEventView[]> {
  const events = await db.claimEvent.findMany({
    where: { claimId },
    orderBy: { id: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  if (events.length === 0) throw notFound("Claim");
  return events.map((e) => ({
    id: e.id,
    claimId: e.claimId,
    action: e.action,
    actor: e.actor,
    changes: e.changes as ClaimEventView["changes"],
    createdAt: e.createdAt.toISOString(),
  }));
}
