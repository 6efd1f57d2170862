import "server-only";
import type { Claim, Prisma } from "@/server/generated/prisma/client";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor, type Permission } from "@/server/permissions";
import { claimOwners } from "@/lib/permissions";

/**
 * Loads a claim for a change inside a transaction, holding its row lock until the transaction
 * ends, so a concurrent approval, edit or deletion waits instead of interleaving.
 */
export async function lockClaim(tx: Prisma.TransactionClient, claimId: string): Promise<Claim> {
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw notFound("Claim");
  return claim;
}

/** lockClaim, then the checks every change to a claim's content shares: permission and the approval lock. */
export async function lockClaimForChange(
  tx: Prisma.TransactionClient,
  claimId: string,
  actor: Actor,
  permission: Permission,
): Promise<Claim> {
  const claim = await lockClaim(tx, claimId);
  assertPermission(actor, permission, claimOwners(claim));
  assertUnlocked(claim);
  return claim;
}

export function assertUnlocked(claim: Claim): void {
  if (claim.status === "APPROVED") {
    throw new AppError(
      "CONFLICT",
      "This claim is approved and locked. An editor must reopen it, with a reason, before it can change.",
    );
  }
}
