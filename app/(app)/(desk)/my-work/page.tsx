import type { Metadata } from "next";
import { MY_WORK_GROUPS } from "@/lib/work/my-work";
import { requirePageUser } from "@/server/auth";
import { myWork } from "@/server/claims/my-work";
import { eventCursor } from "@/server/live/event-cursor";
import { RefreshOnDeskEvents } from "@/components/live/refresh-on-desk-events";
import { WorkGroup } from "./work-group";

export const metadata: Metadata = { title: "My work" };

// What can move a claim into, out of or within one of the groups.
const WORK_EVENTS = [
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "claim.status",
  "claim.assigned",
  "claim.reanchored",
];

/** The signed-in person's claims across articles, grouped by what they need next. */
export default async function MyWorkPage() {
  const user = await requirePageUser();
  // Read before the lists, so the stream replays anything newer than what the page shows.
  const since = await eventCursor();
  const work = await myWork(user);
  return (
    <div className="page my-work">
      <h1>My work</h1>
      <RefreshOnDeskEvents since={since} types={WORK_EVENTS} />
      {MY_WORK_GROUPS.map((group) => (
        <WorkGroup key={group} group={group} items={work[group]} total={work.totals[group]} />
      ))}
    </div>
  );
}
