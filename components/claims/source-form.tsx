"use client";

import { useState, type FormEvent } from "react";
import { STANCE_LABELS, type SourceStance, type SourceView } from "@/lib/claims/claim-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

const EMPTY = { url: "", title: "", publisher: "", excerpt: "", stance: "SUPPORTS" as SourceStance };

/** Adds one piece of evidence to a claim; the fields stay filled if the server refuses them. */
export function SourceForm({ claimId, onAdded }: { claimId: string; onAdded: (source: SourceView) => void }) {
  const [values, setValues] = useState(EMPTY);
  const { pending, errors, failure, submit: send } = useApiSubmit();
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send(() =>
      apiRequest<{ source: SourceView }>("POST", `/api/claims/${claimId}/sources`, values),
    );
    if (!result) return;
    setValues(EMPTY);
    onAdded(result.source);
  }

  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label="Add a source">
      <Field label="Source URL" errors={errors.url}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={values.url}
            onChange={set("url")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Source title" errors={errors.title}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={values.title}
            onChange={set("title")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Publisher" errors={errors.publisher}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={values.publisher}
            onChange={set("publisher")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Excerpt" errors={errors.excerpt} hint="The passage of the source that matters.">
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={3}
            value={values.excerpt}
            onChange={set("excerpt")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Stance" errors={errors.stance}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={values.stance}
            onChange={set("stance")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {(Object.keys(STANCE_LABELS) as SourceStance[]).map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_LABELS[stance]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFailure message={failure?.message} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
