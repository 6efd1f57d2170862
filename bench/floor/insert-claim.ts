// The claim INSERT both baselines of (a) run: bare-server.ts (plain `http` + `pg`) and the
// framework floor's route handler. One copy, so the two floors do the same work and differ only
// in what serves the request. No session, no validation library: it parses the JSON the app's
// POST /api/articles/:id/claims takes and inserts the same "Claim" row.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { CLAIM_COLUMNS } from "@/server/db/claim-columns";

interface Selector {
  type?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

let counter = 0;
/** Shaped like a cuid (c + time + counter + randomness, base 36); unique is all the table needs. */
function cuidLike(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`.slice(
    0,
    25,
  );
}

/** [HTTP status, JSON body] for a raw request body. */
export async function insertClaim(
  pool: pg.Pool,
  articleId: string,
  raw: string,
  userId: string,
): Promise<[number, unknown]> {
  let selectors: Selector[];
  try {
    selectors = (JSON.parse(raw) as { target: { selector: Selector[] } }).target.selector;
  } catch {
    return [400, { error: { code: "VALIDATION", message: "Malformed JSON." } }];
  }
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  if (!quote?.exact || position?.start === undefined || position.end === undefined) {
    return [400, { error: { code: "VALIDATION", message: "Both selectors are needed." } }];
  }
  const { rows } = await pool.query(
    `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "createdById", "updatedById", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, CURRENT_TIMESTAMP) RETURNING ${CLAIM_COLUMNS}`,
    [cuidLike(), articleId, quote.exact, quote.prefix ?? "", quote.suffix ?? "", position.start, position.end, userId],
  );
  return [201, { claim: rows[0] }];
}
