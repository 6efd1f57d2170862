"use client";

import { useState, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { VERDICTS } from "@/lib/verdicts";
import { ApiError, apiRequest, type FieldErrors } from "@/components/api-client";
import { Field } from "@/components/ui/field";

interface ClaimEditorProps {
  claim: ClaimView;
  autoFocus: boolean;
  onSaved: (claim: ClaimView) => void;
  /** Someone else saved first: the panel shows their version when the user asks for it. */
  onConflict: (current: ClaimView) => void;
}

/**
 * Claimant, verdict and rationale. Mounted per claim version, so after any save (ours or a
 * loaded newer one) the fields show exactly what is stored.
 */
export function ClaimEditor({ claim, autoFocus, onSaved, onConflict }: ClaimEditorProps) {
  const [claimant, setClaimant] = useState(claim.claimant ?? "");
  const [verdict, setVerdict] = useState(claim.verdict ?? "");
  const [rationale, setRationale] = useState(claim.rationale ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "conflict"; text: string; current?: ClaimView } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setMessage(null);
    try {
      const body = { version: claim.version, claimant, verdict: verdict || null, rationale };
      const { claim: saved } = await apiRequest<{ claim: ClaimView }>("PATCH", `/api/claims/${claim.id}`, body);
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(error.fields);
      const current = error.status === 409 ? (error.body.current as ClaimView | undefined) : undefined;
      setMessage({ kind: current ? "conflict" : "error", text: error.message, current });
    } finally {
      setSaving(false);
    }
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
            maxLength={300}
          />
        )}
      </Field>
      <Field label="Verdict" errors={errors.verdict}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={verdict} onChange={(e) => setVerdict(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
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
          <textarea id={id} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={5} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      {message && (
        <div role="alert" className={`notice notice--${message.kind}`}>
          <p>{message.text}</p>
          {message.current && (
            <button type="button" onClick={() => onConflict(message.current!)}>
              Load their version
            </button>
          )}
        </div>
      )}
      <div className="claim-editor__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? "Saving…" : "Save claim"}
        </button>
        <span className="claim-editor__version">
          Version {claim.version} · last changed by {claim.updatedBy.name}
        </span>
      </div>
    </form>
  );
}
