"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { claimDeskPath, formatWaiting, reviewQueuePath, type ReviewQueueItem } from "@/lib/review/review-queue";
import { apiRequest } from "@/components/api-client";
import { SourceList } from "@/components/claims/source-list";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { ApproveButton } from "./approve-button";
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

/** One claim with what an editor needs to decide on it: quote, verdict, rationale and sources. */
export function QueueItem({ item, userId, onReviewed }: QueueItemProps) {
  const { claim, article, checker, waitingSeconds } = item;
  const quote = claim.target.selector[0].exact;
  const short = shortQuote(quote);
  const inReview = claim.status === "IN_REVIEW";
  const status = STATUS_DISPLAY[claim.status];
  const [requesting, setRequesting] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { pending, failure, submit } = useApiSubmit();
  const formId = `review-request-${claim.id}`;

  async function approve() {
    const result = await submit(() => apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claim.id}/approve`));
    if (result) onReviewed(result.claim, `Approved claim ${claim.number}, “${short}”.`);
  }

  return (
    <li
      id={`review-item-${claim.id}`}
      className="review-item"
      tabIndex={-1}
      aria-labelledby={`review-quote-${claim.id}`}
    >
      <p className="review-item__article">
        <Link href={claimDeskPath(claim)}>Claim {claim.number}</Link>
        <span aria-hidden="true"> · </span>
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
        <span aria-hidden="true"> · </span>
        {/* The article filter offers the articles waiting longest; this reaches any of them. */}
        <Link
          href={reviewQueuePath({ articleId: article.id, status: claim.status })}
          aria-label={`Only the claims of “${article.title}”`}
        >
          Only this article
        </Link>
      </p>
      <blockquote id={`review-quote-${claim.id}`} className="review-item__quote">
        “{quote}”{claim.claimant && <span className="review-item__claimant"> — {claim.claimant}</span>}
      </blockquote>
      <p className="review-item__meta">
        <span>Checker: {checker.name}</span>
        <VerdictBadge verdict={claim.verdict} />
        {inReview ? (
          <span>waiting {formatWaiting(waitingSeconds)}</span>
        ) : (
          <span>
            <span aria-hidden="true">{status.symbol}</span> {status.label}, changed {formatWaiting(waitingSeconds)} ago
          </span>
        )}
      </p>
      <section className="review-item__rationale" aria-labelledby={`review-rationale-${claim.id}`}>
        <h3 id={`review-rationale-${claim.id}`}>Rationale</h3>
        <p>{claim.rationale || "No rationale yet."}</p>
      </section>
      <section className="review-item__sources" aria-labelledby={`review-sources-${claim.id}`}>
        <h3 id={`review-sources-${claim.id}`}>
          {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
        </h3>
        <SourceList sources={claim.sources} label={`Sources for claim ${claim.number}`} />
      </section>
      {inReview && (
        <div className="review-item__actions">
          {claim.verdictEditedBy?.id === userId ? (
            <p className="review-actions__note">
              You last changed the verdict or rationale, so another editor must approve this claim (two-person rule).
            </p>
          ) : (
            <ApproveButton claimNumber={claim.number} quoteLabel={short} pending={pending} onConfirm={approve} />
          )}
          <button
            ref={toggle}
            type="button"
            className="button"
            aria-expanded={requesting}
            aria-controls={requesting ? formId : undefined}
            aria-label={`Request changes to claim ${claim.number}, “${short}”`}
            onClick={() => setRequesting((open) => !open)}
          >
            Request changes
          </button>
        </div>
      )}
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
