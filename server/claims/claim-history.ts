import "server-only";
import type { ClaimEventView } from "@/lib/claims/comment-view";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";

type Changes = ClaimEventView["changes"];

/** Every recorded change to a claim in the order it happened; still readable after deletion. */
export async function claimHistory(claimId: string, _actor: Actor): Promise<ClaimEventView[]> {
  const events = await db.claimEvent.findMany({
    where: { claimId },
    orderBy: { id: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  if (events.length === 0) throw notFound("Claim");
  const names = await assigneeNames(events.map((e) => e.changes as Changes));
  return events.map((e) => ({
    id: e.id,
    claimId: e.claimId,
    action: e.action,
    actor: e.actor,
    changes: withAssigneeNames(e.changes as Changes, names),
    createdAt: e.createdAt.toISOString(),
  }));
}

// The log stores assignees as user ids (names change); the history shows them as people.
async function assigneeNames(all: Changes[]): Promise<Map<string, string>> {
  const ids = new Set(
    all.flatMap((c) => [c.assignee?.before, c.assignee?.after]).filter((id): id is string => typeof id === "string"),
  );
  if (ids.size === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function withAssigneeNames(changes: Changes, names: Map<string, string>): Changes {
  if (!changes.assignee) return changes;
  const person = (id: unknown) => (typeof id === "string" ? { id, name: names.get(id) ?? "someone" } : null);
  return { ...changes, assignee: { before: person(changes.assignee.before), after: person(changes.assignee.after) } };
}
