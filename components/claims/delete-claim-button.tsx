"use client";

import { apiRequest } from "@/components/api-client";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

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
  const sources = sourceCount ? ` and its ${sourceCount} source${sourceCount === 1 ? "" : "s"}` : "";
  return (
    <ConfirmDelete
      label="Delete claim"
      question={`Delete this claim${sources}? This cannot be undone.`}
      onConfirm={async () => {
        await apiRequest("DELETE", `/api/claims/${claimId}`);
        onDeleted();
      }}
    />
  );
}
