// "My work" as GET /api/me/work returns it and the my-work page shows it. Pure: browser and server.
import type { ClaimStatus } from "@/lib/claims/claim-view";

/** Items per group; `totals` says how many there are in all. */
export const MY_WORK_LIMIT = 100;

export const MY_WORK_GROUPS = ["assigned", "drafts", "changesRequested", "inReview"] as const;
export type MyWorkGroup = (typeof MY_WORK_GROUPS)[number];

export const MY_WORK_HEADINGS: Record<MyWorkGroup, { title: string; empty: string }> = {
  assigned: { title: "Assigned to me", empty: "Nothing is assigned to you." },
  drafts: { title: "Drafts", empty: "No drafts of yours." },
  changesRequested: { title: "Sent back to me", empty: "Nothing has been sent back to you." },
  inReview: { title: "Waiting for review", empty: "Nothing of yours is waiting for review." },
};

export interface MyWorkItem {
  claimId: string;
  number: number;
  /** The claim's exact words, whole: the page shortens them. */
  quote: string;
  article: { id: string; title: string };
  status: ClaimStatus;
  verdict: string | null;
  updatedAt: string;
  /** The claim on the desk: `/articles/<id>?claim=<number>`. */
  href: string;
}

export type MyWork = Record<MyWorkGroup, MyWorkItem[]> & {
  /** How many claims each group holds; more than its items when the list is cut at MY_WORK_LIMIT. */
  totals: Record<MyWorkGroup, number>;
};
