"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { STANCE_LABELS, type SourceStance, type SourceView } from "@/lib/claims/claim-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { useDraftValues } from "@/components/claims/drafts";

const EMPTY = { url: "", title: "", publisher: "", excerpt: "", stance: "SUPPORTS" as SourceStance };

/**
 * Adds one piece of evidence to a claim; the fields stay filled if the server refuses them, and a
 * half-filled source is kept as a draft (drafts.ts) when the user switches claims or leaves.
 */
export function SourceForm({
  claimId,
  userId,
  onAdded,
}: {
  claimId: string;
  userId: string;
  onAdded: (source: SourceView) => void;
}) {
  const { values, set: setValues, restored, discard } = useDraftValues(userId, claimId, "source", EMPTY);
  const { pending, errors, failure, submit: send } = useApiSubmit();
  const urlInput = useRef<HTMLInputElement>(null);
  // A refused URL (not a web address, already on this claim) is fixed where it was typed.
  useEffect(() => {
    if (errors.url) urlInput.current?.focus();
  }, [errors.url]);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send(() =>
      apiRequest<{ source: SourceView }>("POST", `/api/claims/${claimId}/sources`, values),
    );
    if (!result) return;
    discard();
    onAdded(result.source);
  }

  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label="Add a source">
      {restored && (
        <div className="notice notice--draft" role="status">
          <p>
            <strong>Unsaved changes</strong>: the source you had started is back. Add it, or discard it.
          </p>
          <button type="button" className="button button--small" onClick={discard}>
            Discard source draft
          </button>
        </div>
      )}
      <Field label="Source URL" errors={errors.url}>
        {({ id, describedBy, invalid }) => (
          <input
            ref={urlInput}
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
      {/* A refusal that is only a field's message is shown at the field, not twice. */}
      <FormFailure
        message={
          Object.values(errors)
            .flat()
            .includes(failure?.message ?? "")
            ? null
            : failure?.message
        }
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
