"use client";

import { useMemo, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { VERDICTS } from "@/lib/verdicts";
import { apiRequest } from "@/components/api-client";
import { ClaimConflict, YourUnsavedText, fieldsOf, type ClaimFields } from "@/components/claims/claim-conflict";
import { useDraftValues, useStoredDraft, writeDraft } from "@/components/claims/drafts";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { formatTime } from "@/components/ui/format-time";
import { useApiSubmit } from "@/components/ui/use-api-submit";

interface ClaimEditorProps {
  claim: ClaimView;
  userId: string;
  /** Shown, not editable: the claim is locked or belongs to someone else. */
  readOnly: boolean;
  autoFocus: boolean;
  onSaved: (claim: ClaimView) => void;
  /** Someone else saved first and the user chose to load their version. */
  onConflict: (current: ClaimView) => void;
  /** Someone else saved a newer version while this form was open (from the live stream). */
  newer?: { claim: ClaimView; notice: string };
}

/**
 * Claimant, verdict and rationale. Mounted per claim version, so after any save (ours or a
 * loaded newer one) the fields show what is stored, unless the user has unsaved changes: those
 * live in a draft (see drafts.ts) and come back whenever the claim is opened again.
 */
export function ClaimEditor({ claim, userId, readOnly, autoFocus, onSaved, onConflict, newer }: ClaimEditorProps) {
  const stored = useMemo(() => fieldsOf(claim), [claim]);
  const draft = useDraftValues(userId, claim.id, "claim", stored, claim.version);
  const { claimant, verdict, rationale } = draft.values;
  // Set aside by a conflict or by "Use this fact-check", which may happen while this form is open.
  const yours = useStoredDraft<ClaimFields>(userId, claim.id, "yours");
  const { pending, errors, failure, submit } = useApiSubmit();
  // On a 409 the server sends the claim as it is now, so the user can compare before choosing.
  const theirs = failure?.status === 409 ? (failure.body.current as ClaimView | undefined) : undefined;
  // A draft made on an older version is saved against that version, so the server can refuse it.
  const base = draft.restored?.base ?? claim.version;
  const set = (field: keyof ClaimFields) => (e: { target: { value: string } }) =>
    draft.set({ ...draft.values, [field]: e.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    const body = { version: base, claimant, verdict: verdict || null, rationale };
    const result = await submit(() => apiRequest<{ claim: ClaimView }>("PATCH", `/api/claims/${claim.id}`, body));
    if (!result) return;
    writeDraft(userId, claim.id, "claim", null);
    onSaved(result.claim);
  }

  function loadTheirs(current: ClaimView) {
    // The typed text moves aside, still stored, and stays on screen beside their version.
    writeDraft(userId, claim.id, "yours", draft.values);
    writeDraft(userId, claim.id, "claim", null);
    onConflict(current);
  }

  function dismissYours() {
    writeDraft(userId, claim.id, "yours", null);
  }

  return (
    <form className="claim-editor" onSubmit={save} noValidate aria-label="Claim details">
      {newer && !theirs && (
        // Told before Save, not by the 409 after it; the form keeps the typed text and its version.
        <div className="notice notice--conflict" role="alert">
          <p>
            <strong>{newer.notice}.</strong> Your text is still here and not saved.
          </p>
          <ClaimConflict mine={draft.values} theirs={newer.claim} />
          <button type="button" className="button" onClick={() => loadTheirs(newer.claim)}>
            Load their version
          </button>
        </div>
      )}
      {draft.restored && !theirs && (
        <div className="notice notice--draft" role="status">
          <p>
            <strong>Unsaved changes</strong> from {formatTime(draft.restored.savedAt)}
            {base !== claim.version && `, made on version ${base}; the claim is now at version ${claim.version}`}. Save
            the claim to keep them.
          </p>
          <button type="button" className="button button--small" onClick={draft.discard}>
            Discard changes
          </button>
        </div>
      )}
      <Field label="Claimant" errors={errors.claimant} hint="Who made the claim, e.g. “Jeff Sessions”.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={claimant}
            onChange={set("claimant")}
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
            onChange={set("verdict")}
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
            onChange={set("rationale")}
            rows={5}
            readOnly={readOnly}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      {yours && (
        <YourUnsavedText
          yours={yours}
          current={draft.values}
          readOnly={readOnly}
          onUse={(field) => draft.set({ ...draft.values, [field]: yours[field] })}
          onDismiss={dismissYours}
        />
      )}
      <FormFailure message={failure?.message}>
        {theirs && (
          <>
            <ClaimConflict mine={draft.values} theirs={theirs} />
            <button type="button" className="button" onClick={() => loadTheirs(theirs)}>
              Load their version
            </button>
          </>
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
