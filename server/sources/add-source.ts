import "server-only";
import type { SourceView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { AddSourceInput } from "@/server/sources/schemas";
import { sourceInclude, toSourceView } from "@/server/claims/claim-view";

export async function addSource(claimId: string, raw: unknown, actor: Actor): Promise<SourceView> {
  assertPermission(actor, "source.add");
  const input = parseInput(AddSourceInput, raw);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  const source = await db.source.create({ data: { ...input, claimId, addedById: actor.id }, include: sourceInclude });
  return toSourceView(source);
}
