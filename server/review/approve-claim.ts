import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { WORKFLOW } from "@/lib/review/workflow";
import { transitionClaim } from "@/server/review/transition-claim";

/**
 * An editor approves a claim in review. Two-person rule, binding on admins too: whoever last
 * changed the verdict or rationale cannot be the one who approves it.
 */
export function approveClaim(claimId: string, actor: Actor): Promise<ClaimView> {
  return transitionClaim(claimId, actor, {
    verb: "approve",
    ...WORKFLOW.approve,
    action: "APPROVED",
    notify: "APPROVED",
    check(claim) {
      if (claim.verdictEditedById === actor.id) {
        throw new AppError(
          "FORBIDDEN",
          "You last changed this claim's verdict or rationale, so another editor must approve it (two-person rule).",
        );
      }
    },
    data: () => ({ reviewedById: actor.id, reviewedAt: new Date() }),
  });
}
