"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { scoreInWords } from "@/lib/checkworthy/score-words";
import type { Suggestion } from "@/lib/checkworthy/suggest-sentences";

interface SuggestionListProps {
  suggestions: Suggestion[];
  loading: boolean;
  pending: boolean;
  onMakeClaim: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => Promise<void>;
}

/**
 * "Suggested claims": one Tab stop; ArrowUp/ArrowDown move between suggestions, Enter makes the
 * focused one a claim, Delete or Backspace dismisses it, and focus stays in the list on the next one.
 */
export function SuggestionList({ suggestions, loading, pending, onMakeClaim, onDismiss }: SuggestionListProps) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, suggestions.length - 1));

  const focusItem = (i: number) => {
    setActive(i);
    items.current[i]?.focus();
  };
  // The next suggestion moves up into the place of the one that goes: focus goes there, so the
  // keyboard stays in the list (the last one's place is taken by the one before it).
  const dismissAt = async (i: number) => {
    await onDismiss(suggestions[i]!);
    requestAnimationFrame(() => (items.current[i] ?? items.current[i - 1])?.focus());
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>, i: number) => {
    if (event.target !== event.currentTarget) return;
    const s = suggestions[i]!;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      focusItem(Math.min(suggestions.length - 1, Math.max(0, i + step)));
    } else if (event.key === "Enter" && !pending) {
      event.preventDefault();
      onMakeClaim(s);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      void dismissAt(i);
    }
  };

  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="suggestions__title">
        Suggested claims <span className="count">({suggestions.length})</span>
      </h2>
      <p id="suggestions-help" className="suggestions__help">
        Arrow keys move between suggestions; Enter makes one a claim, Delete dismisses it.
      </p>
      {loading && <p aria-busy="true">Finding check-worthy sentences…</p>}
      {!loading && suggestions.length === 0 && <p>No sentences to suggest.</p>}
      <ul className="suggestions__list" aria-labelledby="suggestions-title" aria-describedby="suggestions-help">
        {suggestions.map((s, i) => (
          <li
            key={s.start}
            ref={(el) => {
              items.current[i] = el;
            }}
            className="suggestion"
            tabIndex={i === current ? 0 : -1}
            data-suggestion={s.start}
            onFocus={(event) => event.target === event.currentTarget && setActive(i)}
            onKeyDown={(event) => handleKeyDown(event, i)}
          >
            <q className="suggestion__text">{preview(s.text)}</q>
            <span className="suggestion__score">{scoreInWords(s.score)}</span>
            <ul className="suggestion__reasons" aria-label="Reasons">
              {s.reasons.map((r) => (
                <li key={r.kind}>{r.label}</li>
              ))}
            </ul>
            <span className="suggestion__actions">
              <button type="button" className="button button--small" disabled={pending} onClick={() => onMakeClaim(s)}>
                Make claim
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => void dismissAt(i)}>
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function preview(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
}
