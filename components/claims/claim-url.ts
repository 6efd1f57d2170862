"use client";

// Each claim has its own address on the desk: /articles/:id?claim=8 (also #claim-8, the anchor
// the exports and the public page use). Selecting a claim pushes that address, so back and forward
// move between the claims a person looked at, and a link opens the claim it names.
import { useEffect } from "react";

/** The claim number the current address names, or null. */
export function claimNumberInUrl(): number | null {
  const { searchParams, hash } = new URL(window.location.href);
  const raw = searchParams.get("claim") ?? /^#claim-(\d+)$/.exec(hash)?.[1] ?? null;
  const n = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Records `number` (or no claim) as the current address; `replace` for corrections, not steps. */
export function setClaimInUrl(number: number | null, { replace = false } = {}): void {
  const url = new URL(window.location.href);
  if ((url.searchParams.get("claim") ?? null) === (number === null ? null : String(number)) && !url.hash) return;
  if (number === null) url.searchParams.delete("claim");
  else url.searchParams.set("claim", String(number));
  url.hash = "";
  // A fresh object: Next's router copies its own history state into it and learns the new URL.
  const state = { claim: number };
  if (replace) window.history.replaceState(state, "", url);
  else window.history.pushState(state, "", url);
}

/** Calls `onNavigate` with the claim number whenever back/forward (or a #claim-N link) changes it. */
export function useClaimUrlNavigation(onNavigate: (number: number | null) => void): void {
  useEffect(() => {
    const follow = () => onNavigate(claimNumberInUrl());
    window.addEventListener("popstate", follow);
    window.addEventListener("hashchange", follow);
    return () => {
      window.removeEventListener("popstate", follow);
      window.removeEventListener("hashchange", follow);
    };
  }, [onNavigate]);
}
