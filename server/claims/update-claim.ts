import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { UpdateClaimInput } from "@/server/claims/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";

/**
 * Saves the checker's fields if nobody changed the claim since they read it (optimistic
 * concurrency on `version`). A stale save is refused with 409 naming who changed it and when;
 * nothing is silently overwritten.
 */
export async function updateClaim(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  assertPermission(actor, "claim.edit");
  const { version, ...fields } = parseInput(UpdateClaimInput, raw);
  const data = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

  const { count } = await db.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 }, updatedById: actor.id },
  });
  const claim = await db.claim.findUnique({ where: { id: claimId }, include: claimInclude });
  if (!claim) throw notFound("Claim");
  if (count === 0) throw staleEdit(toClaimView(claim), version);
  return toClaimView(claim);
}

function staleEdit(current: ClaimView, yourVersion: number): AppError {
  const when = new Date(current.updatedAt).toISOString().replace("T", " ").slice(0, 16);
  return new AppError(
    "CONFLICT",
    `${current.updatedBy.name} changed this claim at ${when} UTC (now version ${current.version}; you edited version ${yourVersion}). ` +
      "Your changes were not saved. Review their version, then apply your changes again.",
    undefined,
    { current },
  );
}
