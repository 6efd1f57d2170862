"use client";

// Unsaved work in the claim panel, kept in the browser's localStorage per user and claim, so it
// survives switching claims, clicking a highlight, leaving the page and reloading the tab. A draft
// is written on every keystroke and removed once it equals what is stored (or is saved).
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";

const PREFIX = "factdesk:draft:";
const CHANGED = "factdesk-drafts-changed";

export type DraftKind = "claim" | "source" | "yours";

const storageKey = (userId: string, claimId: string, kind: DraftKind) => `${PREFIX}${userId}:${claimId}:${kind}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Storage disabled (private mode in some browsers): drafts live as long as the panel.
  }
}

export function readDraft<T>(userId: string, claimId: string, kind: DraftKind): T | null {
  return parse<T>(storage()?.getItem(storageKey(userId, claimId, kind)) ?? null);
}

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Stores the draft, or removes it when `value` is null. */
export function writeDraft(userId: string, claimId: string, kind: DraftKind, value: unknown): void {
  const store = storage();
  if (!store) return;
  const key = storageKey(userId, claimId, kind);
  const before = store.getItem(key);
  const after = value === null ? null : JSON.stringify(value);
  if (before === after) return;
  try {
    if (after === null) store.removeItem(key);
    else store.setItem(key, after);
  } catch {
    return; // Quota exceeded: the text is still in the form.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Ids of the claims (among `claimIds`) with unsaved changes of this user, in any panel part. */
export function claimsWithDrafts(userId: string, claimIds: readonly string[]): Set<string> {
  const store = storage();
  const found = new Set<string>();
  if (!store) return found;
  for (const id of claimIds) {
    if ((["claim", "source"] as const).some((kind) => store.getItem(storageKey(userId, id, kind)) !== null)) {
      found.add(id);
    }
  }
  return found;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange); // another tab of the desk
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * Which of the article's claims have drafts, kept current, as a stable string for memoisation.
 * Also asks before the tab closes or reloads while any of them does (`beforeunload`).
 */
export function useDraftClaimIds(userId: string, claimIds: readonly string[]): Set<string> {
  const joined = useSyncExternalStore(
    subscribe,
    () => [...claimsWithDrafts(userId, claimIds)].join(" "),
    () => "",
  );
  const ids = useMemo(() => new Set(joined ? joined.split(" ") : []), [joined]);

  useEffect(() => {
    if (!joined) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // Chromium needs it set; the wording is the browser's own.
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [joined]);
  return ids;
}

/** One stored draft, kept current as it is written here or in another tab (null when there is none). */
export function useStoredDraft<T>(userId: string, claimId: string, kind: DraftKind): T | null {
  const raw = useSyncExternalStore(
    subscribe,
    () => storage()?.getItem(storageKey(userId, claimId, kind)) ?? null,
    () => null,
  );
  return useMemo(() => parse<T>(raw), [raw]);
}

export interface Draft<T> {
  values: T;
  /** The claim version the edits were made on: a save sends it, so a stale draft gets a 409. */
  base?: number;
  savedAt: string;
}

/**
 * Form values backed by a draft: they start from the draft when there is one, else from
 * `stored`, and every change is written to the draft (or removes it when it equals `stored`).
 * `restored` is the draft found when the form opened, so the form can say "Unsaved changes".
 */
export function useDraftValues<T extends Record<string, string>>(
  userId: string,
  claimId: string,
  kind: "claim" | "source",
  stored: T,
  base?: number,
): { values: T; set: (values: T) => void; restored: Draft<T> | null; discard: () => void } {
  const [restored, setRestored] = useState<Draft<T> | null>(null);
  const [values, setValues] = useState<T>(stored);

  // Read after mount: the server render has no localStorage, and the first client render must match it.
  useEffect(() => {
    const draft = readDraft<Draft<T>>(userId, claimId, kind);
    if (draft?.values && !sameValues(draft.values, stored)) {
      // localStorage is only readable after hydration, so the restore is a second render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValues({ ...stored, ...draft.values });
      setRestored(draft);
    }
    // Only when the form opens on this claim: from then on the form is the source of truth.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, claimId, kind]);

  const set = useCallback(
    (next: T) => {
      setValues(next);
      const draft: Draft<T> = { values: next, base: restored?.base ?? base, savedAt: new Date().toISOString() };
      writeDraft(userId, claimId, kind, sameValues(next, stored) ? null : draft);
    },
    [userId, claimId, kind, stored, base, restored],
  );
  const discard = useCallback(() => {
    setValues(stored);
    setRestored(null);
    writeDraft(userId, claimId, kind, null);
  }, [userId, claimId, kind, stored]);

  return { values, set, restored, discard };
}

export function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? "") === (b[k] ?? ""));
}
