"use client";

import { useEffect, useRef } from "react";

/** Asked when the selection covers exactly the words of an existing claim. */
export function DuplicateRangeQuestion({
  number,
  pending,
  onOpen,
  onAddAnyway,
  onCancel,
}: {
  number: number;
  pending: boolean;
  onOpen: () => void;
  onAddAnyway: () => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="duplicate-range-title">
      <p id="duplicate-range-title">Claim {number} already covers exactly these words.</p>
      <button ref={first} type="button" className="button button--primary" onClick={onOpen}>
        Open claim {number}
      </button>
      <button type="button" className="button" onClick={onAddAnyway} disabled={pending}>
        Add another claim on them
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
