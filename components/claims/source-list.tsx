"use client";

import { useState } from "react";
import { STANCE_LABELS, type SourceView } from "@/lib/claims/claim-view";
import { ApiError, apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";

const STANCE_SYMBOL = { SUPPORTS: "＋", REFUTES: "−", CONTEXT: "ℹ" } as const;

export function SourceList({
  sources,
  canRemove,
  onRemoved,
}: {
  sources: SourceView[];
  canRemove: boolean;
  onRemoved: (sourceId: string) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);

  async function remove(source: SourceView) {
    setFailure(null);
    try {
      await apiRequest("DELETE", `/api/sources/${source.id}`);
      onRemoved(source.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    }
  }

  if (sources.length === 0) return <p className="source-list__empty">No sources yet.</p>;
  return (
    <>
      <ul className="source-list" aria-label="Sources">
        {sources.map((s) => (
          <li key={s.id} className={`source source--${s.stance.toLowerCase()}`}>
            <p className="source__stance">
              <span aria-hidden="true">{STANCE_SYMBOL[s.stance]}</span> {STANCE_LABELS[s.stance]}
            </p>
            <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
              {s.title}
            </a>
            {s.publisher && <span className="source__publisher"> · {s.publisher}</span>}
            {s.excerpt && <blockquote className="source__excerpt">{s.excerpt}</blockquote>}
            {canRemove && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => remove(s)}
                aria-label={`Remove source ${s.title}`}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormFailure message={failure} />
    </>
  );
}
