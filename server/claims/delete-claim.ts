import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";

export async function deleteClaim(claimId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "claim.delete");
  const { count } = await db.claim.deleteMany({ where: { id: claimId } });
  if (count === 0) throw notFound("Claim");
}
