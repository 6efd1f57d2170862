"use client";

import { useId, useState, type ReactNode } from "react";
import { ApiError } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";

/**
 * A delete button that asks once more, in place, saying what goes with the thing deleted; the
 * server's refusal is shown beside it.
 */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
}: {
  /** The button's words, on both the first button and the confirmation, e.g. "Delete claim". */
  label: string;
  question: ReactNode;
  onConfirm: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionId = useId();

  async function confirm() {
    try {
      await onConfirm();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={questionId} className="confirm">
      <p id={questionId}>{question}</p>
      <button type="button" className="button button--danger" onClick={confirm} autoFocus>
        {label}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <FormFailure message={failure} />
    </div>
  );
}
