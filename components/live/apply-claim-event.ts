// How a desk event changes the claims a page holds. Pure, so the rules are unit-tested.
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DeskEventMessage } from "@/components/live/desk-event";

export type ClaimListChange =
  | { kind: "none" }
  | { kind: "added"; claim: ClaimView }
  | { kind: "changed"; claim: ClaimView; before: ClaimView }
  | { kind: "removed"; claim: ClaimView };

/**
 * The claims after `event`, and what changed. The event carries the claim as the server read it
 * when sending, so applying it twice, or after the page already has that version, changes nothing.
 *
 * `deskRevision` is the article revision the page shows: selectors anchored in a newer revision
 * index a text this page does not have, so a claim made there waits for the reload, and a claim
 * re-anchored there keeps its place here while its verdict and status still update.
 */
export function applyClaimEvent(
  claims: readonly ClaimView[],
  event: DeskEventMessage,
  deskRevision: number,
): { claims: ClaimView[]; change: ClaimListChange } {
  const unchanged = { claims: claims as ClaimView[], change: { kind: "none" } as const };
  if (!event.claimId || event.claim === undefined) return unchanged;
  const existing = claims.find((c) => c.id === event.claimId);
  const incoming = event.claim;

  if (incoming === null || incoming.articleId !== event.articleId) {
    if (!existing) return unchanged;
    return { claims: claims.filter((c) => c.id !== existing.id), change: { kind: "removed", claim: existing } };
  }
  const fromNewerText = incoming.anchor.revision > deskRevision;
  if (!existing) {
    if (fromNewerText) return unchanged;
    return { claims: [...claims, incoming], change: { kind: "added", claim: incoming } };
  }
  // This page saved a later version than the one the server read for the event.
  if (incoming.version < existing.version) return unchanged;
  const next = fromNewerText ? { ...incoming, target: existing.target, anchor: existing.anchor } : incoming;
  if (JSON.stringify(next) === JSON.stringify(existing)) return unchanged;
  return {
    claims: claims.map((c) => (c.id === existing.id ? next : c)),
    change: { kind: "changed", claim: next, before: existing },
  };
}
