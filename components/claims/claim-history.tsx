"use client";

import { useState } from "react";
import { EVENT_LABELS, type ClaimEventView } from "@/lib/claims/comment-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { verdictByKey } from "@/lib/verdicts";
import type { ClaimStatus } from "@/lib/claims/claim-view";
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
                {EVENT_LABELS[e.action]}
              </p>
              <ul className="claim-history__changes">
                {Object.entries(e.changes).map(([field, change]) => (
                  <li key={field}>
                    {field}: {show(field, change.before)} → {show(field, change.after)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "verdict") return verdictByKey(String(value))?.label ?? String(value);
  if (field === "status") return STATUS_DISPLAY[value as ClaimStatus]?.label ?? String(value);
  if (typeof value === "object") {
    const v = value as { title?: string; url?: string; stance?: string };
    return v.title ? `“${v.title}” (${v.stance?.toLowerCase()}, ${v.url})` : JSON.stringify(value);
  }
  const text = String(value);
  return text.length > 200 ? `“${text.slice(0, 197)}…”` : `“${text}”`;
}
