"use client";

import { useCallback, useEffect, useEffectEvent, useState, type Dispatch, type SetStateAction } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { readDraft } from "@/components/claims/drafts";
import { applyClaimEvent } from "@/components/live/apply-claim-event";
import type { DeskEventMessage } from "@/components/live/desk-event";
import { describeRemoteEdit, remoteEditAfter, type RemoteEdit } from "@/components/live/remote-edit";
import { useArticleEvents } from "@/components/live/use-event-stream";
import type { PresenceLink } from "@/components/live/presence/use-presence";

interface LiveClaimsOptions {
  articleId: string;
  userId: string;
  /** The article revision the desk shows. */
  revision: number;
  /** The event log position the page's claims were read at. */
  since: string | null;
  claims: ClaimView[];
  setClaims: Dispatch<SetStateAction<ClaimView[]>>;
  openClaimId: string | null;
  /** The open claim was deleted elsewhere: close it (`notice` says why). */
  onOpenClaimRemoved: () => void;
  announce: (message: string) => void;
  /** This tab's presence, which rides on the same stream. */
  presence?: PresenceLink;
}

/**
 * Keeps the desk's claims current from the article's event stream. Someone else's save of the
 * claim this user is typing in does not replace the form: the form keeps its version (so Save
 * still gets the 409 comparison) and `remoteEdit` says who changed what, until the user settles it.
 */
export function useLiveClaims(options: LiveClaimsOptions) {
  const { articleId, userId, revision, since, claims, setClaims, openClaimId } = options;
  const [remoteEdit, setRemoteEdit] = useState<RemoteEdit | null>(null);
  const [newRevision, setNewRevision] = useState<{ number: number; by: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The last event about each claim: its discussion and history read again when it moves.
  const [activity, setActivity] = useState<Record<string, string>>({});

  const onEvent = (event: DeskEventMessage) => {
    if (event.type === "presence.changed") return options.presence?.onEvent(event);
    const by = event.actor && event.actor.id !== userId ? event.actor.name : null;
    if (event.type === "revision.created") {
      const number = Number(event.data.revision);
      if (number > revision) setNewRevision({ number, by: event.actor?.name ?? null });
      return;
    }
    const claimId = event.claimId;
    if (!claimId) return;
    setActivity((all) => ({ ...all, [claimId]: event.id }));
    // The state updater stays pure; what to tell the user is read from the claims as last rendered.
    setClaims((all) => applyClaimEvent(all, event, revision).claims);
    const { change } = applyClaimEvent(claims, event, revision);
    if (change.kind === "removed") {
      const message = `Claim ${change.claim.number} was deleted${by ? ` by ${by}` : ""}.`;
      if (claimId === openClaimId) {
        setRemoteEdit(null);
        setNotice(message);
        options.onOpenClaimRemoved();
      } else options.announce(message);
    } else if (change.kind === "added" && by) {
      options.announce(`Claim ${change.claim.number} added by ${by}: “${change.claim.target.selector[0].exact}”.`);
    } else if (change.kind === "changed" && claimId === openClaimId) {
      const held = remoteEdit?.base.id === claimId ? remoteEdit : null;
      if (held || readDraft(userId, claimId, "claim") !== null) {
        setRemoteEdit(remoteEditAfter(event, held?.base ?? change.before, userId, held));
      } else if (by) options.announce(`Claim ${change.claim.number} was changed by ${by}.`);
    }
  };
  const stream = useArticleEvents(articleId, since, onEvent, options.presence?.tabId);
  const reconnected = useEffectEvent(() => options.presence?.onLive());
  useEffect(() => {
    if (stream.status === "live") reconnected();
  }, [stream.status]);
  const settle = useCallback(() => setRemoteEdit(null), []);
  const open = remoteEdit?.base.id === openClaimId ? remoteEdit : null;

  return {
    stream,
    /** For the open claim's panel: the version its form stays on, and who changed what since. */
    remoteEdit: open && { base: open.base, notice: describeRemoteEdit(open), settle },
    newRevision,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    activity,
  };
}
