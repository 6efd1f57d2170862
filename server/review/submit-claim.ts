import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { WORKFLOW } from "@/lib/review/workflow";
import { transitionClaim } from "@/server/review/transition-claim";

/** A checker hands a finished claim to the editors: it needs a verdict, a rationale and a source. */
export function submitClaim(claimId: string, actor: Actor): Promise<ClaimView> {
  return transitionClaim(claimId, actor, {
    verb: "submit",
    ...WORKFLOW.submit,
    action: "SUBMITTED",
    async check(claim, tx) {
      const missing = [
        !claim.verdict && "a verdict",
        !claim.rationale?.trim() && "a rationale",
        (await tx.source.count({ where: { claimId: claim.id } })) === 0 && "at least one source",
      ].filter(Boolean);
      if (missing.length)
        throw new AppError("UNPROCESSABLE", `Before submitting for review, add ${joinWords(missing as string[])}.`);
    },
    data: () => ({ submittedAt: new Date() }),
  });
}

function joinWords(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
