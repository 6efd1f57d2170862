"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LiveStatus } from "@/components/live/live-status";
import { useDeskEvents } from "@/components/live/use-event-stream";

// A burst (a revision re-anchoring thirty claims) becomes one read of the list.
const SETTLE_MS = 400;

/**
 * Keeps a server-rendered list current: on any event of the given types, anywhere, the page's data
 * is read again (router.refresh keeps client state such as half-typed filters and focus).
 */
export function RefreshOnDeskEvents({ since, types }: { since: string; types: readonly string[] }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stream = useDeskEvents(since, (event) => {
    if (!types.includes(event.type)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), SETTLE_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return <LiveStatus stream={stream} />;
}
