"use client";

import { useState } from "react";
import { EVENT_LABELS, type ClaimEventView } from "@/lib/claims/comment-view";
import { describeChanges } from "@/lib/claims/describe-change";
import { describeAssignment } from "@/lib/claims/assignment";
import { useApiGet } from "@/components/ui/use-api-get";
import { formatTime } from "@/components/ui/format-time";

const NO_EVENTS = { events: [] };

/** Who changed what and when, oldest first: the claim's append-only audit trail. */
/** `revision` changes whenever the claim or its sources change, so an open panel stays current. */
export function ClaimHistory({ claimId, revision }: { claimId: string; revision: string }) {
  const [open, setOpen] = useState(false);
  const events =
    useApiGet<{ events: ClaimEventView[] }>(open ? `/api/claims/${claimId}/history` : null, revision, NO_EVENTS)
      ?.events ?? null;

  return (
    <details className="claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {events === null ? (
        <p>Loading the history…</p>
      ) : (
        <ol className="claim-history__list" aria-label="History">
          {events.map((e) => (
            <li key={e.id}>
              <p>
                <time dateTime={e.createdAt}>{formatTime(e.createdAt)}</time> — <strong>{e.actor.name}</strong>{" "}
                {e.action === "ASSIGNED" && e.changes.assignee
                  ? describeAssignment(e.actor.id, e.changes.assignee)
                  : EVENT_LABELS[e.action]}
              </p>
              <ul className="claim-history__changes">
                {(e.action === "ASSIGNED" ? [] : describeChanges(e)).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
