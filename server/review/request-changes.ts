import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { RequestChangesInput } from "@/server/comments/schemas";
import { WORKFLOW } from "@/lib/review/workflow";
import { transitionClaim } from "@/server/review/transition-claim";

/** An editor sends a claim back with a comment saying what needs to change; it joins the thread. */
export async function requestChanges(claimId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  const { comment } = parseInput(RequestChangesInput, raw);
  return transitionClaim(claimId, actor, {
    verb: "request changes to",
    ...WORKFLOW.requestChanges,
    action: "CHANGES_REQUESTED",
    notify: "CHANGES_REQUESTED",
    data: () => ({ reviewedById: actor.id, reviewedAt: new Date() }),
    comment: { kind: "CHANGES_REQUESTED", body: comment, field: "comment" },
  });
}
