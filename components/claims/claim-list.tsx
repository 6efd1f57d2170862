"use client";

import { useEffect, useRef, useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { VerdictBadge } from "@/components/claims/verdict-badge";

export interface ListedClaim {
  claim: ClaimView;
  number: number;
  /** False when the quote can no longer be found in the article text. */
  anchored: boolean;
  /** Where the claim sits in the text now (null when not found). */
  range: { start: number; end: number } | null;
}

interface ClaimListProps {
  claims: ListedClaim[];
  selectedId: string | null;
  /** Claims with unsaved changes in this browser: marked so nobody forgets them. */
  withDrafts: ReadonlySet<string>;
  onSelect: (claimId: string) => void;
  label?: string;
}

/**
 * Entries shown at first, and added by each "Show more": an article with 500 claims would
 * otherwise send and hydrate 500 entries (a quarter of a megabyte of HTML) before anyone scrolls.
 * The selected claim is always shown, however far down it is.
 */
export const CLAIM_LIST_PAGE = 50;

/** The claims in text order; each entry is a button, so the list is the keyboard route to every claim. */
export function ClaimList({
  claims,
  selectedId,
  withDrafts,
  onSelect,
  label = "Claims in text order",
}: ClaimListProps) {
  const [limit, setLimit] = useState(CLAIM_LIST_PAGE);
  // After "Show more", focus moves to the first entry it added, where a keyboard user reads on.
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusAt === null) return;
    list.current?.querySelectorAll<HTMLButtonElement>(".claim-list__item")[focusAt]?.focus();
  }, [focusAt]);
  if (claims.length === 0) {
    return <p className="claim-list__empty">No claims yet. Select a passage in the article and choose “Add claim”.</p>;
  }
  const selectedAt = claims.findIndex((c) => c.claim.id === selectedId);
  const shown = claims.slice(0, Math.max(limit, selectedAt + 1));
  const more = Math.min(CLAIM_LIST_PAGE, claims.length - shown.length);
  return (
    <>
      <ol className="claim-list" aria-label={label} ref={list}>
        {shown.map(({ claim, number, anchored }) => {
          const quote = claim.target.selector[0].exact;
          const status = STATUS_DISPLAY[claim.status];
          return (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-list__item"
                aria-current={claim.id === selectedId ? "true" : undefined}
                data-claim-id={claim.id}
                onClick={() => onSelect(claim.id)}
              >
                <span className="claim-list__number" aria-hidden="true">
                  {number}
                </span>
                <span className="visually-hidden">Claim {number}: </span>
                <span className="claim-list__quote">“{quote.length > 140 ? `${quote.slice(0, 137)}…` : quote}”</span>
                <span className="claim-list__meta">
                  <VerdictBadge verdict={claim.verdict} />
                  <span className="status-badge">
                    <span aria-hidden="true">{status.symbol}</span> {status.label}
                  </span>
                  {claim.assignee && <span className="claim-list__assignee">Assigned to {claim.assignee.name}</span>}
                  {claim.sources.length > 0 && (
                    <span>
                      {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
                    </span>
                  )}
                  {!anchored && <span className="claim-list__orphan">Not found in the text</span>}
                  {claim.anchor.status === "fuzzy" && (
                    <span className="claim-list__fuzzy">Words changed: check the verdict</span>
                  )}
                  {withDrafts.has(claim.id) && <span className="claim-list__draft">Unsaved changes</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <button
          type="button"
          className="button button--small claim-list__more"
          onClick={() => {
            setLimit(shown.length + more);
            setFocusAt(shown.length);
          }}
        >
          Show {more} more
          <span className="visually-hidden"> of the {claims.length - shown.length} claims not listed</span>
        </button>
      )}
    </>
  );
}
