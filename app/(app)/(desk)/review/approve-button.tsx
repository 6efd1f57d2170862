"use client";

import { useEffect, useId, useRef, useState } from "react";

interface ApproveButtonProps {
  claimNumber: number;
  /** The start of the quote, so one item's buttons can be told from another's. */
  quoteLabel: string;
  pending: boolean;
  onConfirm: () => void;
}

/**
 * Approving publishes-ready work and locks the claim, so it takes a second, deliberate press:
 * "Approve claim 8?" with Confirm and Cancel in place of the button. Focus moves to Confirm and
 * back to Approve on Cancel or Escape, so keyboard and screen-reader users are never lost.
 */
export function ApproveButton({ claimNumber, quoteLabel, pending, onConfirm }: ApproveButtonProps) {
  const [asking, setAsking] = useState(false);
  const approve = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) approve.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  function cancel() {
    returnFocus.current = true;
    setAsking(false);
  }

  if (!asking) {
    return (
      <button
        ref={approve}
        type="button"
        className="button button--primary"
        onClick={() => setAsking(true)}
        disabled={pending}
        aria-label={`Approve claim ${claimNumber}, “${quoteLabel}”`}
      >
        Approve
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="approve-confirm"
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
    >
      <p id={questionId} className="approve-confirm__question">
        Approve claim {claimNumber}?
      </p>
      <button ref={confirm} type="button" className="button button--primary" onClick={onConfirm} disabled={pending}>
        {pending ? "Approving…" : "Confirm"}
      </button>
      <button type="button" className="button button--quiet" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
