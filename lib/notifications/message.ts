// The one wording of a notification, for the API's `message`, the inbox and the bell alike.

export const NOTIFICATION_KINDS = [
  "MENTIONED",
  "ASSIGNED",
  "APPROVED",
  "CHANGES_REQUESTED",
  "REVISION_CHANGED",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationFacts {
  kind: NotificationKind;
  actor: { name: string } | null;
  claim: { number: number };
  data: Record<string, unknown>;
}

/** "Erin Editor mentioned you on claim 4". An actor whose account is gone is "Someone". */
export function notificationMessage({ kind, actor, claim, data }: NotificationFacts): string {
  const who = actor?.name ?? "Someone";
  const n = `claim ${claim.number}`;
  switch (kind) {
    case "MENTIONED":
      return `${who} mentioned you on ${n}`;
    case "ASSIGNED":
      return `${who} assigned ${n} to you`;
    case "APPROVED":
      return `${who} approved ${n}`;
    case "CHANGES_REQUESTED":
      return `${who} sent ${n} back for changes`;
    case "REVISION_CHANGED": {
      const revision = typeof data.revision === "number" ? `Revision ${data.revision}` : "A new revision";
      return `${revision} of the article changed the words of ${n}`;
    }
  }
}

/** The bell's accessible name: the count in words, so it is never a bare badge. */
export function unreadLabel(unread: number): string {
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}
