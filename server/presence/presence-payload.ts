import "server-only";
import type { PresenceEntry } from "@/lib/presence/presence-entry";
import { db } from "@/server/db";
import type { DeskEventRow } from "@/server/live/desk-events";
import { readPresence } from "@/server/presence/read-presence";

// As with claims: the hub hands one row object to every stream in the process, so the list is
// read once per event, not once per subscriber. It is the list as it is when sent, so a tab that
// catches up after a reconnect sees who is there now.
const presenceReads = new WeakMap<DeskEventRow, Promise<PresenceEntry[]>>();

/** For a presence.changed event: who is on its article now. */
export function presenceOfEvent(event: DeskEventRow): Promise<PresenceEntry[]> {
  let list = presenceReads.get(event);
  if (!list) {
    list = readPresence(db, event.articleId);
    presenceReads.set(event, list);
  }
  return list;
}
