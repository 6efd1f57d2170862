// "Erin Editor changed this claim: verdict, rationale": someone else saved the claim this user
// has open. Pure, so the wording and the rules are unit-tested.
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DeskEventMessage } from "@/components/live/desk-event";

export interface RemoteEdit {
  /** The claim as the form loaded it: the form keeps editing this version, so a save gets the 409. */
  base: ClaimView;
  /** The claim as it is now. */
  latest: ClaimView;
  /** Who changed it since `base`, in order, each once. */
  people: string[];
  /** What they changed: claim fields by name, and "status". */
  fields: string[];
}

const FIELD_ORDER = ["claimant", "verdict", "rationale", "status", "assignee"];

// Events that move the claim's version: each makes the open form's save a 409, so each is told.
const VERSION_EVENTS: Record<string, string[] | undefined> = {
  "claim.status": ["status"],
  "claim.assigned": ["assignee"],
  // "Use this fact-check" copies these in; a link alone keeps the version, so it is not told.
  "claim.linked": ["verdict", "rationale"],
};

/**
 * The open claim's pending remote edit after `event`: `previous` grown by it, or a new one, or
 * `previous` unchanged when the event is not someone else's newer save of `base`.
 */
export function remoteEditAfter(
  event: DeskEventMessage,
  base: ClaimView,
  userId: string,
  previous: RemoteEdit | null,
): RemoteEdit | null {
  const latest = event.claim;
  if (event.type !== "claim.updated" && !VERSION_EVENTS[event.type]) return previous;
  if (!latest || event.claimId !== base.id || latest.version <= base.version) return previous;
  if (!event.actor || event.actor.id === userId) return previous;
  const changed = VERSION_EVENTS[event.type] ?? stringList(event.data.fields);
  const fields = [...new Set([...(previous?.fields ?? []), ...changed])].sort(byFieldOrder);
  const people = [...new Set([...(previous?.people ?? []), event.actor.name])];
  return { base, latest, people, fields };
}

export function describeRemoteEdit({ people, fields }: Pick<RemoteEdit, "people" | "fields">): string {
  const who = people.length > 1 ? `${people.slice(0, -1).join(", ")} and ${people.at(-1)}` : people[0];
  return fields.length > 0 ? `${who} changed this claim: ${fields.join(", ")}` : `${who} changed this claim`;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function byFieldOrder(a: string, b: string): number {
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
