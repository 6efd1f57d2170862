// Who may change a claim's assignee, and to whom. Pure, so the server (server/claims/assign-claim.ts)
// and the claim panel apply the same rules, read from the permission table.
import { can, type Role } from "@/lib/permissions";

interface Assigner {
  id: string;
  role: Role;
}

/** What the claim panel offers `user` for a claim assigned to `assigneeId` (null: unassigned). */
export function assignmentChoices(user: Assigner, assigneeId: string | null) {
  const anyone = can(user, "claim.assign");
  return {
    /** A select of every active colleague, "Unassigned" included. */
    anyone,
    take: !anyone && assigneeId === null && can(user, "claim.take", user.id),
    handBack: !anyone && assigneeId === user.id && can(user, "claim.take", user.id),
  };
}

/**
 * Why `user` may not move the claim from `current` to `next` (user ids, null: nobody), or null
 * when they may. `currentName` names whoever holds it now, for the refusal.
 */
export function assignmentRefusal(
  user: Assigner,
  current: string | null,
  next: string | null,
  currentName = "someone else",
): string | null {
  if (current === next || can(user, "claim.assign")) return null;
  if (!can(user, "claim.take", user.id)) return "Your role does not allow assigning claims. Ask an editor.";
  if (next !== null && next !== user.id)
    return "You can take a claim for yourself, but only an editor can assign it to someone else.";
  if (current !== null && current !== user.id)
    return `This claim is assigned to ${currentName}. Only an editor can reassign it.`;
  return null;
}

export type AssignmentKind = "assigned" | "took" | "handedBack" | "unassigned";

/** How the history tells an assignment change, from the actor's point of view. */
export function assignmentKind(actorId: string, before: string | null, after: string | null): AssignmentKind {
  if (after === null) return before === actorId ? "handedBack" : "unassigned";
  return after === actorId ? "took" : "assigned";
}

type Assignee = { id: string; name: string } | null;

/**
 * "assigned the claim to Casey Checker", after the actor's name. The history API sends the
 * assignee change with names resolved (server/claims/claim-history.ts); a bare id still reads.
 */
export function describeAssignment(actorId: string, change: { before: unknown; after: unknown }): string {
  const before = asAssignee(change.before);
  const after = asAssignee(change.after);
  switch (assignmentKind(actorId, before?.id ?? null, after?.id ?? null)) {
    case "took":
      return before ? `took the claim from ${before.name}` : "took the claim";
    case "handedBack":
      return "handed the claim back";
    case "unassigned":
      return before ? `unassigned the claim from ${before.name}` : "unassigned the claim";
    case "assigned":
      return before
        ? `assigned the claim to ${after?.name} (it was with ${before.name})`
        : `assigned the claim to ${after?.name}`;
  }
}

function asAssignee(value: unknown): Assignee {
  if (typeof value === "string") return { id: value, name: "someone" };
  if (typeof value === "object" && value !== null && "id" in value && "name" in value)
    return { id: String(value.id), name: String(value.name) };
  return null;
}

/** The article page's second filter, beside the status one. */
export type AssigneeFilter = "ANYONE" | "MINE" | "UNASSIGNED";

export function matchesAssigneeFilter(
  claim: { assignee: { id: string } | null },
  filter: AssigneeFilter,
  userId: string,
): boolean {
  if (filter === "MINE") return claim.assignee?.id === userId;
  if (filter === "UNASSIGNED") return claim.assignee === null;
  return true;
}
