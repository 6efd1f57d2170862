import type { PersonView } from "@/lib/claims/claim-view";
import type { NotificationKind } from "@/lib/notifications/message";

/** One notification as GET /api/me/notifications returns it and the inbox shows it. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  readAt: string | null;
  createdAt: string;
  actor: PersonView | null;
  article: { id: string; title: string };
  claim: { id: string; number: number; exact: string };
  data: Record<string, unknown>;
  /** The desk's address of the claim. */
  href: string;
  message: string;
}

export interface NotificationList {
  notifications: NotificationView[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  unread: number;
}
