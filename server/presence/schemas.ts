import { z } from "zod";

// A tab names itself with crypto.randomUUID(): a guess at someone else's tab id is hopeless, and
// a malformed one never reaches the database.
export const TabId = z.uuid("tabId must be a UUID, as crypto.randomUUID() makes.");

export const PresenceInput = z.object({
  tabId: TabId,
  claimId: z.string().min(1).max(100).nullable().default(null),
});

export const LeaveInput = z.object({ tabId: TabId });

export type PresenceInput = z.infer<typeof PresenceInput>;
