// One message of the desk's event streams (GET /api/articles/:id/events, GET /api/events), as
// docs/api.md describes it. The set of types is open: a client acts on the ones it knows and
// passes the rest by.
import type { ClaimView, PersonView } from "@/lib/claims/claim-view";

export interface DeskEventMessage {
  /** The DeskEvent id, also the SSE `id:` line; a decimal string (the log is a BIGSERIAL). */
  id: string;
  articleId: string;
  type: string;
  claimId: string | null;
  actor: PersonView | null;
  /** Small details: `fields` (claim.updated), `status` (claim.status), `revision` (revision.created). */
  data: Record<string, unknown>;
  at: string;
  /** For claim.*, source.* and comment.* events: the claim as it is now, null once it is deleted. */
  claim?: ClaimView | null;
  /** For notification.created (sent to its recipient alone): their unread count now. */
  unread?: number;
  /** For presence.changed: who is on the article now (read it with lib/presence presenceList). */
  presence?: unknown;
}

/** The event names the desk listens for; EventSource only dispatches named events it was asked for. */
export const DESK_EVENT_TYPES = [
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "claim.status",
  "claim.reanchored",
  "claim.assigned",
  "claim.linked",
  "source.added",
  "source.removed",
  "comment.added",
  "revision.created",
  "article.published",
  "article.unpublished",
  "article.created",
  "article.deleted",
  "notification.created",
  "presence.changed",
] as const;

/** The first message of a stream opened without a cursor: its id is where the stream starts. */
export const READY_EVENT = "ready";

/** The message's JSON, or null when it is not a desk event (a malformed line is dropped, not fatal). */
export function parseDeskEvent(raw: string): DeskEventMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const event = value as Record<string, unknown>;
  if (typeof event.type !== "string" || typeof event.articleId !== "string") return null;
  if (typeof event.id !== "string" && typeof event.id !== "number") return null;
  return {
    ...(event as unknown as DeskEventMessage),
    id: String(event.id),
    claimId: typeof event.claimId === "string" ? event.claimId : null,
    actor: (event.actor as PersonView | null | undefined) ?? null,
    data: typeof event.data === "object" && event.data !== null ? (event.data as Record<string, unknown>) : {},
  };
}

/** Whether event id `a` comes after `b` in the log (ids are compared as integers, not strings). */
export function isAfter(a: string, b: string | null): boolean {
  if (b === null) return true;
  try {
    return BigInt(a) > BigInt(b);
  } catch {
    return false;
  }
}
