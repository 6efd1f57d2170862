import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { ReopenInput } from "@/server/comments/schemas";
import { WORKFLOW } from "@/lib/review/workflow";
import { transitionClaim } from "@/server/review/transition-claim";

/** Unlocks an approved claim, back to draft; the reason is posted to the thread and kept in history. */
export async function reopenClaim(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  const { reason } = parseInput(ReopenInput, raw);
  return transitionClaim(claimId, actor, {
    verb: "reopen",
    ...WORKFLOW.reopen,
    action: "REOPENED",
    comment: { kind: "REOPENED", body: reason, field: "reason" },
  });
}
