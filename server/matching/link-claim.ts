import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimLinkView } from "@/lib/matching/match-view";
import { claimOwners } from "@/lib/permissions";
import type { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import { recordClaimEvent, type FieldChanges } from "@/server/claims/claim-events";
import { lockClaim } from "@/server/claims/lock-claim";
import { LinkClaimInput } from "@/server/matching/schemas";
import { copyFactCheck } from "@/server/matching/copy-fact-check";
import { relatedClaimSelect, toRelatedClaimView } from "@/server/matching/related-claim";

const person = { select: { id: true, name: true } } as const;

/**
 * "Use this fact-check" (copy: true) or "Link only": stores that this claim uses an earlier one's
 * fact-check, and with `copy` puts its verdict, rationale and sources into this claim, as an edit
 * would (claim.edit, the approval lock, the version, the two-person rule). One LINKED history event
 * says all of it. Linking alone changes nothing on the claim, so it is allowed on an approved one.
 */
export async function linkClaim(
  claimId: string,
  raw: unknown,
  actor: Actor,
): Promise<{ claim: ClaimView; link: ClaimLinkView }> {
  const { claimId: linkedClaimId, copy, version } = parseInput(LinkClaimInput, raw);
  if (linkedClaimId === claimId) throw new AppError("UNPROCESSABLE", "A claim cannot use its own fact-check.");
  return db.$transaction(async (tx) => {
    const current = await lockClaim(tx, claimId);
    assertPermission(actor, "claim.edit", claimOwners(current));
    const earlier = await tx.claim.findUnique({
      where: { id: linkedClaimId },
      select: { ...relatedClaimSelect, rationale: true, sources: true },
    });
    if (!earlier) throw notFound("The claim to link");
    const name = `claim ${earlier.number} in “${earlier.article.title}”`;
    await assertNotLinked(tx, claimId, linkedClaimId, name);

    let changes: FieldChanges = { linkedClaim: { before: null, after: linkedClaimId } };
    if (copy) changes = { ...changes, ...(await copyFactCheck(tx, { current, earlier, version, name }, actor)) };
    const link = await tx.claimLink.create({
      data: { claimId, linkedClaimId, copied: copy, createdById: actor.id },
      include: { createdBy: person },
    });
    await recordClaimEvent(tx, { claim: current, actorId: actor.id, action: "LINKED", changes });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
    return {
      claim: toClaimView(claim),
      link: {
        claim: toRelatedClaimView(earlier),
        copied: link.copied,
        createdBy: link.createdBy,
        createdAt: link.createdAt.toISOString(),
      },
    };
  });
}

/** One link per pair: again, or the other way round (a claim using a claim that uses it), is refused. */
async function assertNotLinked(tx: Prisma.TransactionClient, a: string, b: string, name: string): Promise<void> {
  const existing = await tx.claimLink.findFirst({
    where: {
      OR: [
        { claimId: a, linkedClaimId: b },
        { claimId: b, linkedClaimId: a },
      ],
    },
    select: { claimId: true },
  });
  if (!existing) return;
  throw new AppError(
    "CONFLICT",
    existing.claimId === a
      ? `This claim already uses the fact-check of ${name}.`
      : `${capitalize(name)} already uses this claim's fact-check.`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
