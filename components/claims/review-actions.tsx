"use client";

import { useId, useState, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { claimAbilities } from "@/lib/review/workflow";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

type Abilities = ReturnType<typeof claimAbilities>;
type Verb = "submit" | "approve" | "request-changes" | "reopen";

const DONE: Record<Verb, string> = {
  submit: "Submitted for review.",
  approve: "Approved.",
  "request-changes": "Sent back with your comment.",
  reopen: "Reopened as a draft.",
};

/** The review buttons the current user may use on this claim, and nothing else. */
export function ReviewActions({
  claim,
  abilities,
  onChange,
}: {
  claim: ClaimView;
  abilities: Abilities;
  onChange: (claim: ClaimView, message: string) => void;
}) {
  const [asking, setAsking] = useState<"request-changes" | "reopen" | null>(null);
  const [text, setText] = useState("");
  const { pending, failure, errors, submit } = useApiSubmit();
  const textId = useId();

  async function act(verb: Verb, body?: Record<string, string>) {
    const result = await submit(() =>
      apiRequest<{ claim: ClaimView }>("POST", `/api/claims/${claim.id}/${verb}`, body ?? {}),
    );
    if (!result) return;
    setAsking(null);
    setText("");
    onChange(result.claim, DONE[verb]);
  }

  function sendWithText(event: FormEvent) {
    event.preventDefault();
    if (asking === "request-changes") void act("request-changes", { comment: text });
    if (asking === "reopen") void act("reopen", { reason: text });
  }

  const fieldErrors = errors.comment ?? errors.reason;
  return (
    <div className="review-actions" role="group" aria-label="Review">
      {abilities.submit && (
        <button type="button" className="button button--primary" disabled={pending} onClick={() => act("submit")}>
          Submit for review
        </button>
      )}
      {abilities.approve && (
        <button type="button" className="button button--primary" disabled={pending} onClick={() => act("approve")}>
          Approve
        </button>
      )}
      {abilities.approveBarredByTwoPersonRule && (
        <p className="review-actions__note">
          You last changed the verdict or rationale, so another editor must approve this claim (two-person rule).
        </p>
      )}
      {abilities.requestChanges && asking !== "request-changes" && (
        <button type="button" className="button" onClick={() => setAsking("request-changes")}>
          Request changes
        </button>
      )}
      {abilities.reopen && asking !== "reopen" && (
        <button type="button" className="button" onClick={() => setAsking("reopen")}>
          Reopen
        </button>
      )}
      {asking && (
        <form onSubmit={sendWithText} className="review-actions__form" noValidate>
          <label htmlFor={textId}>{asking === "reopen" ? "Reason for reopening" : "What needs to change"}</label>
          <textarea
            id={textId}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
            aria-invalid={fieldErrors ? true : undefined}
          />
          <div className="review-actions__buttons">
            <button type="submit" className="button button--primary" disabled={pending}>
              {asking === "reopen" ? "Reopen claim" : "Send back"}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <FormFailure message={failure && (fieldErrors?.join(" ") || failure.message)} />
    </div>
  );
}
