"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { formatWaiting, type ReviewQueueItem } from "@/lib/review/review-queue";
import { apiRequest } from "@/components/api-client";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { RequestChangesForm } from "./request-changes-form";

interface QueueItemProps {
  item: ReviewQueueItem;
  userId: string;
  /** The claim left review: the queue removes it and announces `message`. */
  onReviewed: (claim: ClaimView, message: string) => void;
}

/** Buttons repeat on every item, so their accessible names carry the start of the quote. */
function shortQuote(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
}

export function QueueItem({ item, userId, onReviewed }: QueueItemProps) {
  const { claim, article, checker, waitingSeconds } = item;
  const quote = claim.target.selector[0].exact;
  const short = shortQuote(quote);
  const [requesting, setRequesting] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { pending, failure, submit } = useApiSubmit();
  const formId = `review-request-${claim.id}`;

  async function approve() {
    const result = await submit(() => apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claim.id}/approve`));
    if (result) onReviewed(result.claim, `Approved “${short}”.`);
  }

  return (
    <li
      id={`review-item-${claim.id}`}
      className="review-item"
      tabIndex={-1}
      aria-labelledby={`review-quote-${claim.id}`}
    >
      <p className="review-item__article">
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
      </p>
      <blockquote id={`review-quote-${claim.id}`} className="review-item__quote">
        “{quote}”{claim.claimant && <span className="review-item__claimant"> — {claim.claimant}</span>}
      </blockquote>
      <p className="review-item__meta">
        <span>Checker: {checker.name}</span>
        <VerdictBadge verdict={claim.verdict} />
        <span>
          {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
        </span>
        <span>waiting {formatWaiting(waitingSeconds)}</span>
      </p>
      {claim.rationale && (
        <details className="review-item__rationale">
          <summary>Rationale</summary>
          <p>{claim.rationale}</p>
        </details>
      )}
      <div className="review-item__actions">
        {claim.verdictEditedBy?.id === userId ? (
          <p className="review-actions__note">
            You last changed the verdict or rationale, so another editor must approve this claim (two-person rule).
          </p>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={approve}
            disabled={pending}
            aria-label={`Approve claim “${short}”`}
          >
            Approve
          </button>
        )}
        <button
          ref={toggle}
          type="button"
          className="button"
          aria-expanded={requesting}
          aria-controls={requesting ? formId : undefined}
          aria-label={`Request changes to claim “${short}”`}
          onClick={() => setRequesting((open) => !open)}
        >
          Request changes
        </button>
      </div>
      <FormFailure message={failure?.message} />
      {requesting && (
        <RequestChangesForm
          id={formId}
          claimId={claim.id}
          quoteLabel={short}
          onSent={(sent) => onReviewed(sent, `Sent “${short}” back to ${checker.name} with your comment.`)}
          onCancel={() => {
            setRequesting(false);
            toggle.current?.focus();
          }}
        />
      )}
    </li>
  );
}
