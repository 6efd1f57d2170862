"use client";

import { useState, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { VERDICTS } from "@/lib/verdicts";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

interface ClaimEditorProps {
  claim: ClaimView;
  /** Shown, not editable: the claim is locked or belongs to someone else. */
  readOnly: boolean;
  autoFocus: boolean;
  onSaved: (claim: ClaimView) => void;
  /** Someone else saved first: the panel shows their version when the user asks for it. */
  onConflict: (current: ClaimView) => void;
}

/**
 * Claimant, verdict and rationale. Mounted per claim version, so after any save (ours or a
 * loaded newer one) the fields show exactly what is stored.
 */
export function ClaimEditor({ claim, readOnly, autoFocus, onSaved, onConflict }: ClaimEditorProps) {
  const [claimant, setClaimant] = useState(claim.claimant ?? "");
  const [verdict, setVerdict] = useState(claim.verdict ?? "");
  const [rationale, setRationale] = useState(claim.rationale ?? "");
  const { pending, errors, failure, submit } = useApiSubmit();
  // On a 409 the server sends the claim as it is now, so the user can look at their version.
  const theirs = failure?.status === 409 ? (failure.body.current as ClaimView | undefined) : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const body = { version: claim.version, claimant, verdict: verdict || null, rationale };
    const result = await submit(() => apiRequest<{ claim: ClaimView }>("PATCH", `/api/claims/${claim.id}`, body));
    if (result) onSaved(result.claim);
  }

  return (
    <form className="claim-editor" onSubmit={save} noValidate aria-label="Claim details">
      <Field label="Claimant" errors={errors.claimant} hint="Who made the claim, e.g. “Jeff Sessions”.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={claimant}
            onChange={(e) => setClaimant(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={autoFocus}
            readOnly={readOnly}
            maxLength={300}
          />
        )}
      </Field>
      <Field label="Verdict" errors={errors.verdict}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value)}
            disabled={readOnly}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">… No verdict yet</option>
            {VERDICTS.map((v) => (
              <option key={v.key} value={v.key}>
                {v.symbol} {v.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Rationale" errors={errors.rationale} hint="Why this verdict: what the sources show.">
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            rows={5}
            readOnly={readOnly}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure message={failure?.message}>
        {theirs && (
          <button type="button" className="button" onClick={() => onConflict(theirs)}>
            Load their version
          </button>
        )}
      </FormFailure>
      <div className="claim-editor__actions">
        {!readOnly && (
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? "Saving…" : "Save claim"}
          </button>
        )}
        <span className="claim-editor__version">
          Version {claim.version} · last changed by {claim.updatedBy.name}
        </span>
      </div>
    </form>
  );
}
