import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { claimInclude, toClaimView } from "@/server/claims/claim-view";
import type { DeskEventRow } from "@/server/live/desk-events";
import { presenceOfEvent } from "@/server/presence/presence-payload";
import type { PresenceEntry } from "@/lib/presence/presence-entry";
import { countUnread } from "@/server/notifications/count-unread";

/**
 * What one SSE message carries; `claim` is the claim as it is now (null once deleted); `unread`,
 * on notification.created, the recipient's unread count as it is now (only they receive it).
 */
export type DeskEventPayload = DeskEventRow & {
  claim?: ClaimView | null;
  unread?: number;
  /** On presence.changed: who is on the article now. */
  presence?: PresenceEntry[];
};

const CLAIM_TYPES = /^(claim|source|comment)\./;

// The hub hands the same row object to every stream in the process, so a claim is read once per
// event, not once per subscriber. Every signed-in user sees every claim today; when visibility
// depends on the reader, key this by the reader's scope.
const claimReads = new WeakMap<DeskEventRow, Promise<ClaimView | null>>();

export async function deskEventPayload(event: DeskEventRow): Promise<DeskEventPayload> {
  if (event.type === "notification.created" && typeof event.data.userId === "string")
    return { ...event, unread: await countUnread(event.data.userId) };
  if (event.type === "presence.changed") return { ...event, presence: await presenceOfEvent(event) };
  if (!event.claimId || !CLAIM_TYPES.test(event.type)) return event;
  let claim = claimReads.get(event);
  if (!claim) {
    claim = readClaimView(event.claimId);
    claimReads.set(event, claim);
  }
  return { ...event, claim: await claim };
}

async function readClaimView(claimId: string): Promise<ClaimView | null> {
  const row = await db.claim.findUnique({ where: { id: claimId }, include: claimInclude });
  return row ? toClaimView(row) : null;
}
