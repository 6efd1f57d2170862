"use client";

import type { ClaimView } from "@/lib/claims/claim-view";
import { verdictByKey } from "@/lib/verdicts";
import { formatTime } from "@/components/ui/format-time";

export type ClaimFields = {
  claimant: string;
  verdict: string;
  rationale: string;
};

export const FIELD_LABELS: Record<keyof ClaimFields, string> = {
  claimant: "Claimant",
  verdict: "Verdict",
  rationale: "Rationale",
};

export const fieldsOf = (claim: ClaimView): ClaimFields => ({
  claimant: claim.claimant ?? "",
  verdict: claim.verdict ?? "",
  rationale: claim.rationale ?? "",
});

/** A field's value as a person reads it: the verdict's label and symbol, an em dash for empty. */
export function shownValue(field: keyof ClaimFields, value: string): string {
  if (value === "") return "—";
  if (field === "verdict") {
    const verdict = verdictByKey(value);
    return verdict ? `${verdict.symbol} ${verdict.label}` : value;
  }
  return value;
}

/**
 * After a 409: the other person's saved values beside the user's unsaved ones, field by field,
 * so the user can see what differs before choosing. Nothing here changes either version.
 */
export function ClaimConflict({ mine, theirs }: { mine: ClaimFields; theirs: ClaimView }) {
  const saved = fieldsOf(theirs);
  const fields = (Object.keys(FIELD_LABELS) as (keyof ClaimFields)[]).filter((f) => mine[f] !== saved[f]);
  if (fields.length === 0) return <p>Their saved version has the same claimant, verdict and rationale as yours.</p>;
  return (
    <table className="claim-conflict">
      <caption>
        What differs: your unsaved text and version {theirs.version}, saved by {theirs.updatedBy.name} at{" "}
        {formatTime(theirs.updatedAt)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Your unsaved text</th>
          <th scope="col">{theirs.updatedBy.name}’s version</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f}>
            <th scope="row">{FIELD_LABELS[f]}</th>
            <td>{shownValue(f, mine[f])}</td>
            <td>{shownValue(f, saved[f])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What the user had typed when they loaded someone else's version: kept visible (and stored as a
 * draft) until they take it back field by field or dismiss it.
 */
export function YourUnsavedText({
  yours,
  current,
  readOnly,
  onUse,
  onDismiss,
}: {
  yours: ClaimFields;
  current: ClaimFields;
  readOnly: boolean;
  onUse: (field: keyof ClaimFields) => void;
  onDismiss: () => void;
}) {
  const fields = (Object.keys(FIELD_LABELS) as (keyof ClaimFields)[]).filter((f) => yours[f] !== current[f]);
  return (
    <section className="your-text" aria-labelledby="your-text-title">
      <h3 id="your-text-title">Your unsaved text</h3>
      {fields.length === 0 ? (
        <p>The form now holds everything you had typed.</p>
      ) : (
        <dl>
          {fields.map((f) => (
            <div key={f} className="your-text__field">
              <dt>{FIELD_LABELS[f]}</dt>
              <dd>
                <span className="your-text__value">{shownValue(f, yours[f])}</span>
                {!readOnly && (
                  <button type="button" className="button button--small" onClick={() => onUse(f)}>
                    Use my {FIELD_LABELS[f].toLowerCase()}
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss my unsaved text
      </button>
    </section>
  );
}
