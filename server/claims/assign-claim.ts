import "server-only";
import type { Claim, Prisma } from "@/server/generated/prisma/client";
import { assignmentRefusal } from "@/lib/claims/assignment";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { notify } from "@/server/notifications/notify";

/**
 * Refuses an assignment the actor's role does not allow (403), read from the permission table:
 * editors assign anyone; a fact-checker takes an unassigned claim or hands back their own.
 */
export async function assertMayAssign(
  tx: Prisma.TransactionClient,
  claim: Claim,
  actor: Actor,
  next: string | null,
): Promise<void> {
  const holder = claim.assigneeId
    ? await tx.user.findUnique({ where: { id: claim.assigneeId }, select: { name: true } })
    : null;
  const refusal = assignmentRefusal(actor, claim.assigneeId, next, holder?.name);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
}

/** Work handed to a deactivated or unknown account would never be seen: 422 on `assigneeId`. */
export async function assertAssignable(tx: Prisma.TransactionClient, assigneeId: string | null): Promise<void> {
  if (assigneeId === null) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { deactivatedAt: true } });
  const problem = !user
    ? "No person with this id works on the desk."
    : user.deactivatedAt
      ? "This person's account is deactivated: choose someone active."
      : null;
  if (problem) throw new AppError("UNPROCESSABLE", problem, { assigneeId: [problem] });
}

/** The history event (a claim.assigned desk event by trigger) and the new assignee's notification. */
export async function recordAssignment(
  tx: Prisma.TransactionClient,
  claim: { id: string; articleId: string },
  actor: Actor,
  assignee: { before: string | null; after: string | null },
): Promise<void> {
  await recordClaimEvent(tx, { claim, actorId: actor.id, action: "ASSIGNED", changes: { assignee } });
  if (assignee.after === null) return;
  await notify(tx, [
    { userId: assignee.after, kind: "ASSIGNED", articleId: claim.articleId, claimId: claim.id, actorId: actor.id },
  ]);
}
