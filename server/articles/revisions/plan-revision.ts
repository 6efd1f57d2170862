import "server-only";
import { reanchorClaims, type ReanchorResult } from "@/lib/anchoring/reanchor";
import { diffStats, diffWords, type TextDiff } from "@/lib/anchoring/text-diff";
import type { Claim } from "@/server/generated/prisma/client";

export interface ClaimPlan {
  claim: Pick<Claim, "id" | "number" | "exact" | "startOffset" | "endOffset" | "status" | "anchorStatus">;
  result: ReanchorResult;
}

export interface RevisionPlan {
  claims: ClaimPlan[];
  counts: { exact: number; fuzzy: number; orphaned: number };
  words: { inserted: number; deleted: number };
  /** The word diff of the two texts, for the preview. */
  changes: TextDiff[];
}

type PlannedClaim = ClaimPlan["claim"] & Pick<Claim, "prefix" | "suffix">;

/**
 * What a new text would do to every claim: pure computation, shared by the preview (?dryRun=1)
 * and the save, so what the person confirmed is what happens. Orphans stay orphans: their old
 * selectors index an older revision, so they are not re-anchored from this one.
 */
export function planRevision(oldText: string, newText: string, claims: PlannedClaim[]): RevisionPlan {
  const live = claims.filter((c) => c.anchorStatus !== "ORPHANED");
  // One diff serves both the re-anchoring and the preview's word changes.
  const changes = diffWords(oldText, newText);
  const results = reanchorClaims(
    oldText,
    newText,
    live.map((c) => ({
      id: c.id,
      quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      position: { start: c.startOffset, end: c.endOffset },
    })),
    changes,
  );
  const planned: ClaimPlan[] = live.map((claim, i) => ({ claim, result: results[i]! }));
  for (const claim of claims) {
    if (claim.anchorStatus === "ORPHANED")
      planned.push({ claim, result: { id: claim.id, status: "orphaned", score: 0 } });
  }
  planned.sort((a, b) => a.claim.number - b.claim.number);
  const counts = { exact: 0, fuzzy: 0, orphaned: 0 };
  for (const p of planned) counts[p.result.status]++;
  return { claims: planned, counts, words: diffStats(changes), changes };
}
