import "server-only";
import { removeTab } from "@/server/presence/leave-presence";
import { ensurePresenceSweeper } from "@/server/presence/presence-sweeper";
import { TabId } from "@/server/presence/schemas";

/**
 * An article's event stream opened with `?tab=<tabId>` is that tab's connection: when it ends
 * (the tab closed, the network dropped) the tab leaves at once, without waiting to go stale.
 * Returns the stream's onClose, or undefined for a stream that names no (valid) tab.
 */
export function leaveWhenStreamCloses(request: Request, articleId: string, userId: string): (() => void) | undefined {
  const tabId = TabId.safeParse(new URL(request.url).searchParams.get("tab"));
  if (!tabId.success) return undefined;
  ensurePresenceSweeper();
  return () => {
    removeTab(articleId, tabId.data, userId).catch((error) =>
      console.error("Presence: leaving on close failed", error),
    );
  };
}
