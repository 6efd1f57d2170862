"use client";

import { useState } from "react";
import { STANCE_LABELS, type SourceView } from "@/lib/claims/claim-view";
import { STANCE_SYMBOL } from "@/lib/claims/status";
import { sourceHref } from "@/lib/links/link-policy";
import { ApiError, apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";

/** A claim's sources: stance in words, title linked when it is a web address, publisher, excerpt. */
export function SourceList({
  sources,
  label = "Sources",
  canRemove = false,
  onRemoved,
}: {
  sources: SourceView[];
  /** The list's accessible name; name it after the claim where several lists share a page. */
  label?: string;
  canRemove?: boolean;
  onRemoved?: (sourceId: string) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);

  async function remove(source: SourceView) {
    setFailure(null);
    try {
      await apiRequest("DELETE", `/api/sources/${source.id}`);
      onRemoved?.(source.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    }
  }

  if (sources.length === 0) return <p className="source-list__empty">No sources yet.</p>;
  return (
    <>
      <ul className="source-list" aria-label={label}>
        {sources.map((s) => (
          <SourceItem key={s.id} source={s} canRemove={canRemove} onRemove={() => remove(s)} />
        ))}
      </ul>
      <FormFailure message={failure} />
    </>
  );
}

function SourceItem({
  source: s,
  canRemove,
  onRemove,
}: {
  source: SourceView;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const href = sourceHref(s.url);
  return (
    <li className={`source source--${s.stance.toLowerCase()}`}>
      <p className="source__stance">
        <span aria-hidden="true">{STANCE_SYMBOL[s.stance]}</span> {STANCE_LABELS[s.stance]}
      </p>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow">
          {s.title}
        </a>
      ) : (
        <span>
          {s.title} ({s.url})
        </span>
      )}
      {s.publisher && <span className="source__publisher"> · {s.publisher}</span>}
      {s.excerpt && <blockquote className="source__excerpt">{s.excerpt}</blockquote>}
      {canRemove && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={onRemove}
          aria-label={`Remove source ${s.title}`}
        >
          Remove
        </button>
      )}
    </li>
  );
}
