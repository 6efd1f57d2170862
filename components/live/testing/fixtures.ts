// Claims and events as the live stream sends them, for the unit tests of this folder.
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DeskEventMessage } from "@/components/live/desk-event";

const person = { id: "casey", name: "Casey Checker" };

export function claimView(id: string, overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id,
    articleId: "article",
    number: 1,
    anchor: { status: "exact", score: 1, revision: 1 },
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: "taxes fell", prefix: "", suffix: "" },
        { type: "TextPositionSelector", start: 10, end: 20 },
      ],
    },
    claimant: null,
    verdict: null,
    rationale: null,
    status: "DRAFT",
    version: 1,
    createdBy: person,
    updatedBy: person,
    verdictEditedBy: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    assignee: null,
    createdAt: "2026-12-01T10:00:00.000Z",
    updatedAt: "2026-12-01T10:00:00.000Z",
    sources: [],
    ...overrides,
  };
}

export function deskEvent(type: string, claim: ClaimView | null, overrides: Partial<DeskEventMessage> = {}) {
  return {
    id: "1",
    articleId: "article",
    type,
    claimId: claim?.id ?? "gone",
    actor: { id: "erin", name: "Erin Editor" },
    data: {},
    at: "2026-12-01T10:00:00.000Z",
    claim,
    ...overrides,
  } satisfies DeskEventMessage;
}
