import "server-only";
import type { Claim, Prisma } from "@/server/generated/prisma/client";
import type { ClaimEventAction, ClaimStatus, CommentKind, NotificationKind } from "@/server/generated/prisma/enums";
import type { ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { claimOwners } from "@/lib/permissions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor, type Permission } from "@/server/permissions";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaim } from "@/server/claims/lock-claim";
import { insertComment } from "@/server/comments/insert-comment";
import { notifyClaimOwners } from "@/server/notifications/notify-claim-owners";

export interface Transition {
  permission: Permission;
  /** What the user tried, for messages: "submit", "approve"… */
  verb: string;
  from: ClaimStatus[];
  to: ClaimStatus;
  action: ClaimEventAction;
  /** Extra rules on the locked claim (required fields, two-person rule); throw to refuse. */
  check?: (claim: Claim, tx: Prisma.TransactionClient) => Promise<void> | void;
  data?: (claim: Claim) => Prisma.ClaimUncheckedUpdateInput;
  comment?: { kind: CommentKind; body: string; field: string };
  /** What the claim's creator and assignee are told, in the same transaction. */
  notify?: NotificationKind;
}

/**
 * Moves a claim through the review workflow under its row lock, so of two editors acting at
 * once exactly one wins and the other is told who did what. The status change, its history
 * event and any comment commit together.
 */
export async function transitionClaim(claimId: string, actor: Actor, t: Transition): Promise<ClaimView> {
  const claim = await db.$transaction(async (tx) => {
    const current = await lockClaim(tx, claimId);
    assertPermission(actor, t.permission, claimOwners(current));
    if (!t.from.includes(current.status)) throw await wrongStatus(tx, current, t.verb);
    await t.check?.(current, tx);
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { status: t.to, version: { increment: 1 }, ...t.data?.(current) },
      include: claimInclude,
    });
    const changes: Record<string, { before: unknown; after: unknown }> = {
      status: { before: current.status, after: t.to },
    };
    if (t.comment) changes[t.comment.field] = { before: null, after: t.comment.body };
    await recordClaimEvent(tx, { claim: updated, actorId: actor.id, action: t.action, changes });
    if (t.comment)
      await insertComment(tx, {
        claim: updated,
        authorId: actor.id,
        kind: t.comment.kind,
        body: t.comment.body,
        field: t.comment.field,
      });
    if (t.notify) await notifyClaimOwners(tx, [updated], t.notify, actor.id);
    return updated;
  });
  return toClaimView(claim);
}

async function wrongStatus(tx: Prisma.TransactionClient, claim: Claim, verb: string): Promise<AppError> {
  const last = await tx.claimEvent.findFirst({
    where: { claimId: claim.id, action: { in: ["SUBMITTED", "APPROVED", "CHANGES_REQUESTED", "REOPENED"] } },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const status = STATUS_DISPLAY[claim.status].label.toLowerCase();
  const who = last ? ` (${last.actor.name}, ${last.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC)` : "";
  return new AppError(
    "CONFLICT",
    `This claim is ${status}${who}, so you cannot ${verb} it now. Reload to see its current state.`,
  );
}
