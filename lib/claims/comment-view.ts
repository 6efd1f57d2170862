import type { PersonView } from "@/lib/claims/claim-view";

export type CommentKind = "NOTE" | "CHANGES_REQUESTED" | "REOPENED";

export interface CommentView {
  id: string;
  claimId: string;
  kind: CommentKind;
  body: string;
  author: PersonView;
  createdAt: string;
}

export const COMMENT_KIND_LABELS: Record<CommentKind, string> = {
  NOTE: "Comment",
  CHANGES_REQUESTED: "Changes requested",
  REOPENED: "Reopened",
};

export type ClaimEventAction =
  | "CREATED"
  | "UPDATED"
  | "DELETED"
  | "SOURCE_ADDED"
  | "SOURCE_REMOVED"
  | "SUBMITTED"
  | "CHANGES_REQUESTED"
  | "APPROVED"
  | "REOPENED"
  | "COMMENTED"
  | "REANCHORED"
  | "ANCHOR_CONFIRMED"
  | "ASSIGNED"
  | "LINKED";

export interface ClaimEventView {
  id: number;
  claimId: string;
  action: ClaimEventAction;
  actor: PersonView;
  changes: Record<string, { before: unknown; after: unknown }>;
  createdAt: string;
}

export const EVENT_LABELS: Record<ClaimEventAction, string> = {
  CREATED: "created the claim",
  UPDATED: "edited the claim",
  DELETED: "deleted the claim",
  SOURCE_ADDED: "added a source",
  SOURCE_REMOVED: "removed a source",
  SUBMITTED: "submitted it for review",
  CHANGES_REQUESTED: "requested changes",
  APPROVED: "approved it",
  REOPENED: "reopened it",
  COMMENTED: "commented",
  REANCHORED: "updated the article, which moved this claim",
  ANCHOR_CONFIRMED: "placed the claim on its words",
  ASSIGNED: "changed who the claim is assigned to",
  LINKED: "used an earlier fact-check",
};
