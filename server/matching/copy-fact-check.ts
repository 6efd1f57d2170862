import "server-only";
import { normalizeSourceUrl } from "@/lib/claims/source-url";
import { claimOwners } from "@/lib/permissions";
import type { Claim, Prisma, Source } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { fieldChanges, type FieldChanges } from "@/server/claims/claim-events";
import { assertUnlocked } from "@/server/claims/lock-claim";

interface CopyFrom {
  /** This claim, locked by the caller's transaction. */
  current: Claim;
  earlier: { verdict: string | null; rationale: string | null; sources: Source[] };
  /** The version the person saw, when they sent one. */
  version?: number;
  /** "claim 4 in “Article B”", for messages. */
  name: string;
}

/**
 * Copies the earlier claim's verdict, rationale and sources into `current` as an edit of it:
 * refused on an approved claim and on a version the person did not see; the copier becomes the
 * verdict's last editor, so a second editor approves it. Sources already on the claim (same page)
 * are not added twice. Returns the history's changes.
 */
export async function copyFactCheck(
  tx: Prisma.TransactionClient,
  { current, earlier, version, name }: CopyFrom,
  actor: Actor,
): Promise<FieldChanges> {
  assertUnlocked(current);
  assertPermission(actor, "source.manage", claimOwners(current));
  if (version !== undefined && version !== current.version) {
    throw new AppError(
      "CONFLICT",
      `This claim changed since you opened it (now version ${current.version}; you saw version ${version}). ` +
        "Nothing was copied. Look at the latest version, then use the fact-check again.",
    );
  }
  if (!earlier.verdict) {
    throw new AppError(
      "UNPROCESSABLE",
      `${name.charAt(0).toUpperCase()}${name.slice(1)} has no verdict yet, so there is nothing to copy. Link it instead.`,
    );
  }
  const changes = fieldChanges(current, { verdict: earlier.verdict, rationale: earlier.rationale ?? undefined });
  const have = await tx.source.findMany({ where: { claimId: current.id }, select: { url: true } });
  const seen = new Set(have.map((s) => normalizeSourceUrl(s.url)));
  const copies = earlier.sources.filter((s) => {
    const url = normalizeSourceUrl(s.url);
    if (seen.has(url)) return false;
    seen.add(url);
    return true;
  });
  await tx.source.createMany({
    data: copies.map(({ url, title, publisher, excerpt, stance }) => ({
      claimId: current.id,
      url,
      title,
      publisher,
      excerpt,
      stance,
      addedById: actor.id,
    })),
  });
  await tx.claim.update({
    where: { id: current.id },
    data: {
      verdict: earlier.verdict,
      // An earlier claim without a rationale leaves this one's as it is.
      ...(earlier.rationale !== null && { rationale: earlier.rationale }),
      version: { increment: 1 },
      updatedById: actor.id,
      verdictEditedById: actor.id,
    },
  });
  if (copies.length > 0) changes.sources = { before: have.length, after: have.length + copies.length };
  return changes;
}
