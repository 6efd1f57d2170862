"use client";

// Marking read in the inbox changes the count the header's bell shows in the same tab; there is
// no desk event for it, so the inbox tells the bell directly.
const UNREAD_CHANGED = "factdesk:unread-changed";

export function announceUnread(unread: number): void {
  window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
}

export function onUnreadAnnounced(listener: (unread: number) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<number>).detail);
  window.addEventListener(UNREAD_CHANGED, handle);
  return () => window.removeEventListener(UNREAD_CHANGED, handle);
}

/** Calls `refresh` when the person comes back to the tab: another tab may have marked things read. */
export function onTabReturn(refresh: () => void): () => void {
  const visible = () => document.visibilityState === "visible" && refresh();
  window.addEventListener("focus", refresh);
  document.addEventListener("visibilitychange", visible);
  return () => {
    window.removeEventListener("focus", refresh);
    document.removeEventListener("visibilitychange", visible);
  };
}
