// Who is on an article now, as GET /api/articles/:id/presence and each presence.changed event
// carry it (docs/api.md, "Presence"). Shared by the server that builds it and the page that shows it.

export interface PresenceEntry {
  user: { id: string; name: string; initials: string };
  /** The claim this person has open, if any (one of theirs when they have several tabs). */
  claimId: string | null;
  claimNumber: number | null;
}

/** The list from an event or a response, dropping entries that are not presence (never fatal). */
export function presenceList(value: unknown): PresenceEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isPresenceEntry);
}

function isPresenceEntry(value: unknown): value is PresenceEntry {
  if (typeof value !== "object" || value === null) return false;
  const { user, claimId, claimNumber } = value as Record<string, unknown>;
  if (typeof user !== "object" || user === null) return false;
  const { id, name, initials } = user as Record<string, unknown>;
  return (
    typeof id === "string" &&
    typeof name === "string" &&
    typeof initials === "string" &&
    (claimId === null || typeof claimId === "string") &&
    (claimNumber === null || typeof claimNumber === "number")
  );
}

/** The people to show one user: everyone but themselves (in any of their tabs). */
export function othersPresent(list: readonly PresenceEntry[], userId: string): PresenceEntry[] {
  return list.filter((entry) => entry.user.id !== userId);
}
