"use client";

import { useState } from "react";
import { ApiError, apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";

/** Deleting asks once more, in place, and says what goes with the claim. */
export function DeleteClaimButton({
  claimId,
  sourceCount,
  onDeleted,
}: {
  claimId: string;
  sourceCount: number;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    try {
      await apiRequest("DELETE", `/api/claims/${claimId}`);
      onDeleted();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
        Delete claim
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={`delete-${claimId}`} className="confirm">
      <p id={`delete-${claimId}`}>
        Delete this claim{sourceCount ? ` and its ${sourceCount} source${sourceCount === 1 ? "" : "s"}` : ""}? This
        cannot be undone.
      </p>
      <button type="button" className="button button--danger" onClick={confirm} autoFocus>
        Delete
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <FormFailure message={failure} />
    </div>
  );
}
