import "server-only";
import type { ClaimMatchesResponse } from "@/lib/matching/match-view";
import type { Actor } from "@/server/permissions";
import { findMatches } from "@/server/matching/find-matches";
import { claimLinks } from "@/server/matching/claim-links";

/**
 * GET /api/claims/:id/matches. Every signed-in member of the newsroom may read every claim, so
 * every one may read its matches; when newsrooms become tenants, scope both queries by newsroom.
 */
export async function claimMatches(claimId: string, _actor: Actor): Promise<ClaimMatchesResponse> {
  const [matches, links] = await Promise.all([findMatches(claimId), claimLinks(claimId)]);
  return { matches, links };
}
