import "server-only";
import type { ClaimStatus, Prisma } from "@/server/generated/prisma/client";
import { MY_WORK_GROUPS, MY_WORK_LIMIT, type MyWork, type MyWorkGroup, type MyWorkItem } from "@/lib/work/my-work";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";

const select = {
  id: true,
  number: true,
  exact: true,
  status: true,
  verdict: true,
  updatedAt: true,
  // Per walk (at most MY_WORK_LIMIT articles), not once for all six: given a few hundred ids at
  // once, PostgreSQL reads the whole (title, id) index instead of looking each one up.
  article: { select: { id: true, title: true } },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof select }>;

/** The statuses My work shows; approved claims are done. */
const OPEN: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];
const WAYS = ["created", "assigned"] as const;
type Way = (typeof WAYS)[number];

/** Every group: its statuses, and the ways a claim can be the person's in it. */
const GROUPS: Record<MyWorkGroup, { statuses: ClaimStatus[]; ways: readonly Way[] }> = {
  assigned: { statuses: OPEN, ways: ["assigned"] },
  drafts: { statuses: ["DRAFT"], ways: WAYS },
  changesRequested: { statuses: ["CHANGES_REQUESTED"], ways: WAYS },
  inReview: { statuses: ["IN_REVIEW"], ways: WAYS },
};

const newestFirst = (a: Row, b: Row) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? -1 : 1);

/**
 * The signed-in person's claims across articles: assigned to them and not yet approved, then by
 * status those they created or are assigned. A claim may sit in two groups (an assigned draft).
 * Built to stay quick for someone with years of claims: for each way of being theirs (created,
 * assigned) and each open status, the newest MY_WORK_LIMIT claims are one walk of a (person,
 * status, updatedAt, id) index, and the groups are merged from those six walks, rather than one
 * query with an OR that PostgreSQL can only answer by sorting all of them. Totals add the claims
 * they created (the review queue's tally) to those assigned to them by someone else (counted
 * from the assignee index alone, which holds the creator).
 */
export async function myWork(actor: Actor): Promise<MyWork> {
  const where = (way: Way, status: ClaimStatus): Prisma.ClaimWhereInput =>
    way === "created" ? { createdById: actor.id, status } : { assigneeId: actor.id, status };
  const [walks, tally, assigned] = await Promise.all([
    Promise.all(
      WAYS.flatMap((way) =>
        OPEN.map(async (status) => {
          const rows = await db.claim.findMany({
            where: where(way, status),
            select,
            orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
            take: MY_WORK_LIMIT,
          });
          return { key: `${way} ${status}`, rows };
        }),
      ),
    ),
    db.claimTally.groupBy({ by: ["status"], where: { createdById: actor.id }, _sum: { count: true } }),
    db.claim.groupBy({
      by: ["status", "createdById"],
      where: { assigneeId: actor.id, status: { in: OPEN } },
      _count: { _all: true },
    }),
  ]);
  const walked = new Map(walks.map((w) => [w.key, w.rows]));
  const created = new Map(tally.map((t) => [t.status, t._sum.count ?? 0]));
  const assignedCount = (status: ClaimStatus, byOthersOnly: boolean) =>
    assigned
      .filter((a) => a.status === status && !(byOthersOnly && a.createdById === actor.id))
      .reduce((sum, a) => sum + a._count._all, 0);

  const rowsOf = {} as Record<MyWorkGroup, Row[]>;
  const work = { totals: {} } as MyWork;
  for (const group of MY_WORK_GROUPS) {
    const { statuses, ways } = GROUPS[group];
    const unique = new Map(
      statuses.flatMap((status) => ways.flatMap((way) => walked.get(`${way} ${status}`)!)).map((r) => [r.id, r]),
    );
    rowsOf[group] = [...unique.values()].sort(newestFirst).slice(0, MY_WORK_LIMIT);
    const both = ways.length === 2;
    work.totals[group] = statuses.reduce(
      (sum, status) => sum + assignedCount(status, both) + (both ? (created.get(status) ?? 0) : 0),
      0,
    );
  }
  for (const group of MY_WORK_GROUPS) work[group] = rowsOf[group].map(toItem);
  return work;
}

function toItem(row: Row): MyWorkItem {
  return {
    claimId: row.id,
    number: row.number,
    quote: row.exact,
    article: row.article,
    status: row.status,
    verdict: row.verdict,
    updatedAt: row.updatedAt.toISOString(),
    href: `/articles/${encodeURIComponent(row.article.id)}?claim=${row.number}`,
  };
}
