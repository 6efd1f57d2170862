"use client";

import { useState, type FormEvent } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import { assignmentChoices } from "@/lib/claims/assignment";
import type { DeskUser } from "@/lib/review/workflow";
import { apiRequest } from "@/components/api-client";
import { readDraft, writeDraft, type Draft } from "@/components/claims/drafts";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiGet } from "@/components/ui/use-api-get";
import { useApiSubmit } from "@/components/ui/use-api-submit";

type Person = { id: string; name: string };
const NO_PEOPLE = { people: [] };

/**
 * Who the claim is with. Editors choose anyone active; a fact-checker takes an unassigned claim
 * or hands back their own; everyone else reads the name. An approved claim is locked, so it only reads.
 */
export function ClaimAssignment({
  claim,
  user,
  onChange,
}: {
  claim: ClaimView;
  user: DeskUser;
  onChange: (claim: ClaimView, message: string) => void;
}) {
  const current = claim.assignee;
  const locked = claim.status === "APPROVED";
  const choices = assignmentChoices(user, current?.id ?? null);
  const { pending, errors, failure, submit } = useApiSubmit();

  async function assign(assigneeId: string | null) {
    const result = await submit(() =>
      apiRequest<{ claim: ClaimView }>("PATCH", `/api/claims/${claim.id}`, { version: claim.version, assigneeId }),
    );
    if (!result) return;
    keepDraftOnNewVersion(user.id, claim, result.claim.version);
    const saved = result.claim;
    const who = saved.assignee?.id === user.id ? "you" : saved.assignee?.name;
    onChange(saved, who ? `Claim ${saved.number} is now assigned to ${who}.` : `Claim ${saved.number} is unassigned.`);
  }

  if (choices.anyone && !locked) {
    return (
      <AssignAnyone
        key={current?.id ?? "none"}
        claim={claim}
        pending={pending}
        errors={errors.assigneeId}
        failure={failure?.message}
        onAssign={assign}
      />
    );
  }
  return (
    <div className="claim-assignment">
      <p>
        {current ? (
          <>
            Assigned to <strong>{current.id === user.id ? `you (${current.name})` : current.name}</strong>
          </>
        ) : (
          "Unassigned"
        )}
      </p>
      {!locked && choices.take && (
        <button type="button" className="button button--small" disabled={pending} onClick={() => assign(user.id)}>
          Take this claim
        </button>
      )}
      {!locked && choices.handBack && (
        <button type="button" className="button button--small" disabled={pending} onClick={() => assign(null)}>
          Hand back
        </button>
      )}
      <FormFailure message={failure?.message} />
    </div>
  );
}

function AssignAnyone(props: {
  claim: ClaimView;
  pending: boolean;
  errors?: string[];
  failure?: string;
  onAssign: (assigneeId: string | null) => void;
}) {
  const { claim, pending } = props;
  const [choice, setChoice] = useState(claim.assignee?.id ?? "");
  const people = useApiGet<{ people: Person[] }>("/api/people", "", NO_PEOPLE)?.people ?? [];
  // A deactivated assignee is no longer listed, yet the select must still say who holds the claim.
  const options =
    claim.assignee && !people.some((p) => p.id === claim.assignee?.id) ? [claim.assignee, ...people] : people;

  function save(event: FormEvent) {
    event.preventDefault();
    props.onAssign(choice || null);
  }

  return (
    <form className="claim-assignment claim-assignment--editor" onSubmit={save} aria-label="Assignment">
      <Field label="Assigned to" errors={props.errors}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">Unassigned</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button
        type="submit"
        className="button button--small"
        disabled={pending || choice === (claim.assignee?.id ?? "")}
      >
        Assign
      </button>
      <FormFailure message={props.failure} />
    </form>
  );
}

/**
 * Assigning changes no field the claim form edits, yet moves the claim's version: unsaved text
 * made on the version just replaced moves along, so its save is not refused as stale by our own act.
 */
function keepDraftOnNewVersion(userId: string, before: ClaimView, version: number) {
  const draft = readDraft<Draft<Record<string, string>>>(userId, before.id, "claim");
  if (draft && draft.base === before.version) writeDraft(userId, before.id, "claim", { ...draft, base: version });
}
