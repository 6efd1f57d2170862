"use client";

import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";
import type { ClaimView } from "@/lib/claims/claim-view";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

type Selectors = [TextQuoteSelector, TextPositionSelector];

/**
 * A claim whose words changed in a new revision ("fuzzy") waits for a person to confirm them; a
 * claim whose words are gone ("orphaned") has no highlight until a person selects its words in the
 * current text and re-attaches it. Both go through POST /api/claims/:id/anchor.
 */
export function AnchorNotice({
  claim,
  canEdit,
  selected,
  onChange,
}: {
  claim: ClaimView;
  canEdit: boolean;
  /** The selectors of the passage selected in the article now, if any. */
  selected: Selectors | null;
  onChange: (claim: ClaimView, message: string) => void;
}) {
  const { pending, failure, submit } = useApiSubmit();
  const { status, revision } = claim.anchor;
  if (status === "exact") return null;

  async function anchor(selector: Selectors, message: string) {
    const result = await submit(() =>
      apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claim.id}/anchor`, {
        version: claim.version,
        target: { selector },
      }),
    );
    if (result) onChange(result.claim, message);
  }

  if (status === "fuzzy") {
    return (
      <div className="notice notice--anchor" role="note">
        <p>
          <strong>Words changed</strong> in revision {revision}: check the verdict still applies to “
          {claim.target.selector[0].exact}”.
        </p>
        {canEdit && (
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => anchor(claim.target.selector, `Claim ${claim.number}: words confirmed.`)}
          >
            The verdict still applies
          </button>
        )}
        <FormFailure message={failure?.message} />
      </div>
    );
  }
  return (
    <div className="notice notice--anchor" role="note">
      <p>
        <strong>Needs re-anchoring.</strong> These words are no longer in the article (last found in revision {revision}
        ). Select the passage the claim is about, then choose Re-attach here.
      </p>
      {canEdit && (
        <button
          type="button"
          className="button button--small"
          disabled={pending || !selected}
          aria-describedby={selected ? undefined : "reattach-help"}
          onClick={() => selected && anchor(selected, `Claim ${claim.number} re-attached.`)}
        >
          Re-attach here
        </button>
      )}
      {canEdit && !selected && (
        <p id="reattach-help" className="field__hint">
          Nothing is selected in the article yet.
        </p>
      )}
      <FormFailure message={failure?.message} />
    </div>
  );
}
