// Reading the DeskEvent log (written only by the triggers of migration 20261201170000_desk_events).
// Runs on a plain pg client (the listener) and on Prisma's pool (a stream catching up) alike.

/** One row of the log with its actor's name, as every stream sends it. */
export type DeskEventRow = {
  id: number;
  articleId: string;
  /** An open set: claim.created, claim.updated, claim.status, revision.created, … */
  type: string;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
  /** ISO 8601, UTC. */
  at: string;
};

/** Runs one parameterized query; pg's client.query and Prisma's $queryRawUnsafe both fit. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const DESK_EVENTS_CHANNEL = "desk_events";
export const DESK_EVENTS_PAGE = 500;

// "createdAt" is a timestamp without time zone holding UTC; formatting it in SQL keeps pg's
// local-time parsing of such columns out of the way. Ids travel as text: BIGSERIAL is a bigint.
const SELECT = `SELECT e."id"::text AS "id", e."articleId", e."type", e."claimId", e."data",
    to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", u."id" AS "actorId", u."name" AS "actorName"
  FROM "DeskEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"`;

/** Events after `after`, oldest first, for one article or (articleId null) for all. */
export async function readDeskEvents(
  run: RunQuery,
  { after, articleId, limit = DESK_EVENTS_PAGE }: { after: number; articleId: string | null; limit?: number },
): Promise<DeskEventRow[]> {
  const rows =
    articleId === null
      ? await run(`${SELECT} WHERE e."id" > $1 ORDER BY e."id" LIMIT $2`, [String(after), limit])
      : await run(`${SELECT} WHERE e."id" > $1 AND e."articleId" = $2 ORDER BY e."id" LIMIT $3`, [
          String(after),
          articleId,
          limit,
        ]);
  return rows.map(toRow);
}

/** The newest id in the log (0 when empty): "now", for a stream that starts without a cursor. */
export async function latestDeskEventId(run: RunQuery): Promise<number> {
  const [row] = await run(`SELECT COALESCE(MAX("id"), 0)::text AS "id" FROM "DeskEvent"`, []);
  return Number(row!.id);
}

function toRow(r: Record<string, unknown>): DeskEventRow {
  return {
    id: Number(r.id),
    articleId: r.articleId as string,
    type: r.type as string,
    claimId: (r.claimId as string | null) ?? null,
    actor: r.actorId ? { id: r.actorId as string, name: r.actorName as string } : null,
    data: (r.data as Record<string, unknown>) ?? {},
    at: r.at as string,
  };
}
