import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { CreateClaimInput } from "@/server/claims/schemas";
import { toClaimView } from "@/server/claims/claim-view";
import { createdEventChanges } from "@/server/claims/created-event";
import { insertClaimWithEvent } from "@/server/claims/insert-claim";
import { resolveRange } from "@/server/claims/resolve-range";
import { selectorColumns } from "@/server/claims/selector-columns";

export async function createClaim(articleId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  assertPermission(actor, "claim.create");
  const input = parseInput(CreateClaimInput, raw);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, contentText: true } });
  if (!article) throw notFound("Article");

  const range = resolveRange(article.contentText, input.target.selector);
  const fields = {
    ...selectorColumns(article.contentText, range.start, range.end),
    claimant: input.claimant ?? null,
    verdict: input.verdict ?? null,
    rationale: input.rationale ?? null,
  };
  const verdictSet = Boolean(fields.verdict || fields.rationale);
  const claim = await insertClaimWithEvent(
    { articleId, ...fields, actorId: actor.id, verdictEditedById: verdictSet ? actor.id : null },
    createdEventChanges(fields),
  );
  const author = { id: actor.id, name: actor.name };
  return toClaimView({
    ...claim,
    createdBy: author,
    updatedBy: author,
    verdictEditedBy: verdictSet ? author : null,
    reviewedBy: null,
    assignee: null,
    sources: [],
  });
}
