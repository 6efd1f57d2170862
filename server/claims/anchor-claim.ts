import "server-only";
import { z } from "zod";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { CreateClaimInput } from "@/server/claims/schemas";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { lockClaimForChange } from "@/server/claims/lock-claim";
import { resolveRange } from "@/server/claims/resolve-range";
import { selectorColumns } from "@/server/claims/selector-columns";

const AnchorClaimInput = z.object({
  version: z.number("Send the version of the claim you edited.").int().min(1),
  target: CreateClaimInput.shape.target,
});

/**
 * A person places the claim on words of the current revision: re-attaching an orphan, moving a
 * claim, or confirming changed words ("fuzzy") still carry the verdict. Afterwards the claim is
 * exact with score 1 in the current revision.
 */
export async function anchorClaim(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  const input = parseInput(AnchorClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await lockClaimForChange(tx, claimId, actor, "claim.edit");
    if (claim.version !== input.version) {
      throw new AppError(
        "CONFLICT",
        `The claim changed since you opened it (now version ${claim.version}; you had version ${input.version}). Reload it and place it again.`,
      );
    }
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { contentText: true, revision: true },
    });
    const range = resolveRange(article.contentText, input.target.selector);
    const placed = selectorColumns(article.contentText, range.start, range.end);
    await tx.claim.update({
      where: { id: claimId },
      data: {
        ...placed,
        anchorStatus: "EXACT",
        anchorScore: 1,
        anchorRevision: article.revision,
        version: { increment: 1 },
        updatedById: actor.id,
      },
    });
    await recordClaimEvent(tx, {
      claim,
      actorId: actor.id,
      action: "ANCHOR_CONFIRMED",
      changes: {
        ...(claim.exact !== placed.exact && { exact: { before: claim.exact, after: placed.exact } }),
        anchor: { before: claim.anchorStatus.toLowerCase(), after: "exact" },
        revision: { before: claim.anchorRevision, after: article.revision },
      },
    });
    return toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude }));
  });
}
