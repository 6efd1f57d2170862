"use client";

import { useEffect, useState } from "react";

const STORAGE_KEY = "factdesk:suggest-claims";

/** Whether "Suggest claims" is on, remembered by this browser for every article. */
export function useSuggestToggle(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    // localStorage exists only after hydration; the server render always starts with it off.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (readStored()) setOn(true);
  }, []);
  const set = (next: boolean) => {
    setOn(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? "on" : "off");
    } catch {
      // Private windows may refuse storage; the toggle still works for this page.
    }
  };
  return [on, set];
}

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false;
  }
}
