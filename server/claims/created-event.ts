import type { FieldChanges } from "@/server/claims/claim-events";

/**
 * What a claim's CREATED event records: the quote, its place, and every field that was set (the
 * 32 characters of context are left out). Free of "server-only" so the seed factories, which run
 * outside Next, record the same event the service does.
 */
export function createdEventChanges(claim: {
  exact: string;
  startOffset: number;
  endOffset: number;
  claimant?: string | null;
  verdict?: string | null;
  rationale?: string | null;
}): FieldChanges {
  const { exact, startOffset, endOffset, claimant, verdict, rationale } = claim;
  const recorded = { exact, startOffset, endOffset, claimant, verdict, rationale };
  return Object.fromEntries(
    Object.entries(recorded)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([field, value]) => [field, { before: null, after: value }]),
  );
}
