"use client";

import { useRef, useState, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

interface RequestChangesFormProps {
  id: string;
  claimId: string;
  /** The start of the quote, for names that tell one item's controls from another's. */
  quoteLabel: string;
  onSent: (claim: ClaimView) => void;
  onCancel: () => void;
}

const EMPTY_COMMENT = "Say what needs to change, so the checker knows what to fix.";

/** Sends the claim back to its checker with a comment, which is required. */
export function RequestChangesForm({ id, claimId, quoteLabel, onSent, onCancel }: RequestChangesFormProps) {
  const [comment, setComment] = useState("");
  const [empty, setEmpty] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { pending, errors, failure, submit } = useApiSubmit();

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!comment.trim()) {
      setEmpty(true);
      textarea.current?.focus();
      return;
    }
    setEmpty(false);
    const result = await submit(() =>
      apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claimId}/request-changes`, { comment }),
    );
    if (result) onSent(result.claim);
  }

  return (
    <form
      id={id}
      className="review-item__request"
      onSubmit={send}
      noValidate
      aria-label={`Changes for claim “${quoteLabel}”`}
    >
      <Field
        label="What needs to change"
        errors={empty ? [EMPTY_COMMENT] : errors.comment}
        hint="The checker sees this with the claim."
      >
        {({ id: fieldId, describedBy, invalid }) => (
          <textarea
            ref={textarea}
            id={fieldId}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={4}
            autoFocus
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure message={failure?.message} />
      <div className="review-item__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={pending}
          aria-label={`Send back claim “${quoteLabel}”`}
        >
          Send back
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
