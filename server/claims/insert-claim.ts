import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type Claim } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { CLAIM_COLUMNS } from "@/server/db/claim-columns";
import type { FieldChanges } from "@/server/claims/claim-events";

export interface NewClaim {
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  actorId: string;
  verdictEditedById: string | null;
}

/**
 * Inserts a claim and its CREATED history event in ONE statement (a data-modifying CTE is atomic
 * on its own). Creating claims is the desk's hottest write: this replaced an interactive
 * transaction of four round trips (BEGIN, INSERT, INSERT, COMMIT); see bench/ (a).
 * Keep the column lists in step with prisma/schema.prisma; the integration tests read the row back.
 */
export async function insertClaimWithEvent(c: NewClaim, changes: FieldChanges): Promise<Claim> {
  const [claim] = await db.$queryRaw<Claim[]>`
    WITH created AS (
      INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "claimant", "verdict", "rationale",
                           "createdById", "updatedById", "verdictEditedById", "updatedAt")
      VALUES (${randomUUID()}, ${c.articleId}, ${c.exact}, ${c.prefix}, ${c.suffix}, ${c.startOffset}, ${c.endOffset}, ${c.claimant}, ${c.verdict}, ${c.rationale},
              ${c.actorId}, ${c.actorId}, ${c.verdictEditedById}, CURRENT_TIMESTAMP)
      RETURNING ${Prisma.raw(CLAIM_COLUMNS)}
    ), event AS (
      INSERT INTO "ClaimEvent" ("claimId", "articleId", "actorId", "action", "changes")
      SELECT "id", "articleId", ${c.actorId}, 'CREATED'::"ClaimEventAction", ${JSON.stringify(changes)}::jsonb FROM created
    )
    SELECT * FROM created`;
  return claim!;
}
