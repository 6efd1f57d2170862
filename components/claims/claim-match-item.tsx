"use client";

import { useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { highlightShared } from "@/lib/matching/highlight-shared";
import type { ClaimMatchView } from "@/lib/matching/match-view";
import { REPEAT_LABEL, TIER_LABELS } from "@/lib/matching/tiers";
import { claimDeskPath } from "@/lib/review/review-queue";
import { apiRequest } from "@/components/api-client";
import { relatedClaimName } from "@/components/claims/claim-links";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { FormFailure } from "@/components/ui/form-failure";
import { formatTime } from "@/components/ui/format-time";
import { useApiSubmit } from "@/components/ui/use-api-submit";

interface ClaimMatchItemProps {
  match: ClaimMatchView;
  claim: ClaimView;
  /** May link and dismiss (claim.edit); `mayCopy` also needs the claim unlocked. */
  mayLink: boolean;
  mayCopy: boolean;
  /**
   * Called as a copy is sent, before anything can remount the form: sets the person's unsaved
   * text aside, and returns how to put it back if the copy fails.
   */
  onCopying: () => () => void;
  onLinked: (claim: ClaimView, copied: boolean) => void;
  onDismissed: () => void;
}

/** One earlier claim like this one: why it matches (tier, score, shared words) and what to do with it. */
export function ClaimMatchItem(props: ClaimMatchItemProps) {
  const { match, claim, mayLink, mayCopy, onCopying, onLinked, onDismissed } = props;
  const { pending, failure, submit } = useApiSubmit();
  const [confirming, setConfirming] = useState(false);
  const other = match.claim;
  const name = relatedClaimName(other, claim.articleId);
  const status = STATUS_DISPLAY[other.status];
  const approved = other.status === "APPROVED" && other.reviewedAt;
  const replaces = claim.verdict !== null || Boolean(claim.rationale);
  const forThis = <span className="visually-hidden"> ({name})</span>;

  async function link(copy: boolean) {
    setConfirming(false);
    const body = { claimId: other.id, copy, version: claim.version };
    // Our own live event can arrive before the response and remount the form on the copied
    // version, so the typed text must already be aside by then.
    const putBack = copy ? onCopying() : () => {};
    const result = await submit(() => apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claim.id}/links`, body));
    if (result) onLinked(result.claim, copy);
    else putBack();
  }

  async function dismiss() {
    const url = `/api/claims/${claim.id}/matches/${other.id}/dismiss`;
    // A 204 has no body: the request answers `true` so success is told apart from a failure.
    const done = await submit(async () => (await apiRequest<void>("POST", url), true));
    if (done) onDismissed();
  }

  return (
    <li className="claim-match">
      <p className="claim-match__why">
        <strong>{match.sameArticle ? REPEAT_LABEL : TIER_LABELS[match.tier]}</strong>
        {match.sameArticle && ` (${TIER_LABELS[match.tier].toLowerCase()})`} · {Math.round(match.score * 100)}% alike
      </p>
      <blockquote className="claim-match__quote">
        {highlightShared(other.exact, match.sharedTerms).map((s, i) =>
          s.shared ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
        )}
      </blockquote>
      {match.sharedTerms.length > 0 && (
        <p className="claim-match__shared">Shared words: {match.sharedTerms.join(", ")}</p>
      )}
      <p className="claim-match__meta">
        <VerdictBadge verdict={other.verdict} />
        <span className="status-badge">
          <span aria-hidden="true">{status.symbol}</span> {status.label}
        </span>
        <a href={claimDeskPath(other)}>{name.charAt(0).toUpperCase() + name.slice(1)}</a>
        <span>
          {approved ? "approved" : "added"}{" "}
          <time dateTime={approved || other.createdAt}>{formatTime(approved || other.createdAt)}</time>
        </span>
      </p>
      {confirming && (
        <div className="notice" role="alert">
          <p>This replaces the verdict and rationale this claim has now. The history keeps both.</p>
          <button type="button" className="button button--primary" onClick={() => link(true)}>
            Replace them{forThis}
          </button>{" "}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {mayLink && !confirming && (
        <div className="claim-match__actions">
          {mayCopy && other.verdict !== null && (
            <button
              type="button"
              className="button button--small button--primary"
              disabled={pending}
              onClick={() => (replaces ? setConfirming(true) : link(true))}
            >
              Use this fact-check{forThis}
            </button>
          )}
          <button type="button" className="button button--small" disabled={pending} onClick={() => link(false)}>
            Link only{forThis}
          </button>
          <button type="button" className="button button--small button--quiet" disabled={pending} onClick={dismiss}>
            Not the same claim{forThis}
          </button>
        </div>
      )}
      <FormFailure message={failure?.message} />
    </li>
  );
}
