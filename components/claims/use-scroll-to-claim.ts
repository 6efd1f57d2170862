"use client";

import { useEffect, type RefObject } from "react";

/**
 * Scrolls the highlight of the claim in `target` into view once it exists (the highlight appears
 * only after the editor has mounted), then clears the target. Runs whenever the selected claim or
 * the highlights change.
 */
export function useScrollToClaim(target: RefObject<string | null>, selectedId: string | null, highlights: unknown) {
  useEffect(() => {
    const id = target.current;
    if (!id) return;
    let frames = 0;
    let handle = 0;
    const tryScroll = () => {
      const mark = document.querySelector(`mark[data-claim-id="${CSS.escape(id)}"]`);
      if (mark) {
        // On a phone the claim opens as a sheet over the lower part of the screen: keep the words above it.
        const sheet = window.matchMedia("(max-width: 960px)").matches;
        mark.scrollIntoView({ block: sheet ? "start" : "center" });
        target.current = null;
      } else if (frames++ < 600) handle = requestAnimationFrame(tryScroll);
    };
    tryScroll();
    return () => cancelAnimationFrame(handle);
  }, [target, selectedId, highlights]);
}
