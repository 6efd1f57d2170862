"use client";

import { useState, type FormEvent } from "react";
import { STANCE_LABELS, type SourceStance, type SourceView } from "@/lib/claims/claim-view";
import { ApiError, apiRequest, type FieldErrors } from "@/components/api-client";
import { Field } from "@/components/ui/field";

const EMPTY = { url: "", title: "", publisher: "", excerpt: "", stance: "SUPPORTS" as SourceStance };

/** Adds one piece of evidence to a claim; the fields stay filled if the server refuses them. */
export function SourceForm({ claimId, onAdded }: { claimId: string; onAdded: (source: SourceView) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(null);
    try {
      const { source } = await apiRequest<{ source: SourceView }>("POST", `/api/claims/${claimId}/sources`, values);
      setValues(EMPTY);
      onAdded(source);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(error.fields);
      setFailure(error.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label="Add a source">
      <Field label="Source URL" errors={errors.url}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="url" inputMode="url" placeholder="https://" value={values.url} onChange={set("url")} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <Field label="Source title" errors={errors.title}>
        {({ id, describedBy, invalid }) => <input id={id} value={values.title} onChange={set("title")} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <Field label="Publisher" errors={errors.publisher}>
        {({ id, describedBy, invalid }) => <input id={id} value={values.publisher} onChange={set("publisher")} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <Field label="Excerpt" errors={errors.excerpt} hint="The passage of the source that matters.">
        {({ id, describedBy, invalid }) => <textarea id={id} rows={3} value={values.excerpt} onChange={set("excerpt")} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <Field label="Stance" errors={errors.stance}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={values.stance} onChange={set("stance")} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            {(Object.keys(STANCE_LABELS) as SourceStance[]).map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_LABELS[stance]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {failure && (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={saving}>
        {saving ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
