import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth";
import { listNotifications } from "@/server/notifications/list-notifications";
import { NotificationInbox } from "./inbox";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePageUser();
  const initial = await listNotifications({}, user);
  return (
    <div className="page">
      <h1>Notifications</h1>
      <NotificationInbox initial={initial} />
    </div>
  );
}
