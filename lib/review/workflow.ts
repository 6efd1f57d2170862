// The review workflow as data: which status each action leaves from, where it goes, and which
// permission it needs. The server enforces it (server/review/*); the claim panel reads it to offer
// only the actions that would succeed.
import type { ClaimStatus, ClaimView } from "@/lib/claims/claim-view";
import { can, claimOwners, type Permission, type Role } from "@/lib/permissions";

export type ReviewAction = "submit" | "approve" | "requestChanges" | "reopen";

export const WORKFLOW: Record<ReviewAction, { from: ClaimStatus[]; to: ClaimStatus; permission: Permission }> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW", permission: "claim.submit" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "claim.review" },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", permission: "claim.review" },
  reopen: { from: ["APPROVED"], to: "DRAFT", permission: "claim.reopen" },
};

export interface DeskUser {
  id: string;
  name: string;
  role: Role;
}

/** What `user` may do with `claim` right now, and why approval is barred when it is. */
export function claimAbilities(claim: ClaimView, user: DeskUser) {
  const owner = claimOwners({ createdById: claim.createdBy.id, assigneeId: claim.assignee?.id ?? null });
  const locked = claim.status === "APPROVED";
  const allowed = (action: ReviewAction) =>
    WORKFLOW[action].from.includes(claim.status) && can(user, WORKFLOW[action].permission, owner);
  const twoPersonRule = claim.verdictEditedBy?.id === user.id;
  return {
    locked,
    edit: !locked && can(user, "claim.edit", owner),
    delete: !locked && can(user, "claim.delete", owner),
    manageSources: !locked && can(user, "source.manage", owner),
    comment: can(user, "comment.add"),
    submit: allowed("submit"),
    approve: allowed("approve") && !twoPersonRule,
    approveBarredByTwoPersonRule: allowed("approve") && twoPersonRule,
    requestChanges: allowed("requestChanges"),
    reopen: allowed("reopen"),
  };
}
