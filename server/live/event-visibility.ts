import type { DeskEventRow } from "@/server/live/desk-events";

/**
 * Whether one reader's stream carries this event. Everything on an article is for everyone who may
 * see the article (the routes check that), except what is addressed to one person: a
 * notification.* event carries its recipient in data.userId and reaches no one else.
 */
export function isForReader(event: Pick<DeskEventRow, "type" | "data">, readerId: string): boolean {
  if (!event.type.startsWith("notification.")) return true;
  return event.data.userId === readerId;
}
