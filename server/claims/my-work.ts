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
  article: { select: { id: true, title: true } },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof select }>;

/** Every group's statuses, and whether the group is "assigned to me" or "created by or assigned to me". */
const GROUPS: Record<MyWorkGroup, { statuses: ClaimStatus[]; assignedOnly: boolean }> = {
  assigned: { statuses: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"], assignedOnly: true },
  drafts: { statuses: ["DRAFT"], assignedOnly: false },
  changesRequested: { statuses: ["CHANGES_REQUESTED"], assignedOnly: false },
  inReview: { statuses: ["IN_REVIEW"], assignedOnly: false },
};

const newestFirst = (a: Row, b: Row) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? -1 : 1);

/**
 * The signed-in person's claims across articles: assigned to them and not yet approved, then by
 * status those they created or are assigned. A claim may sit in two groups (an assigned draft).
 * Built to stay quick for someone with years of claims: each group is the newest MY_WORK_LIMIT of
 * one (person, status) index walk per way of being theirs, merged here, rather than one query
 * with an OR that PostgreSQL can only answer by sorting all of them; its total adds the claims
 * they created (from the review queue's tally) to those assigned to them by someone else.
 */
export async function myWork(actor: Actor): Promise<MyWork> {
  const tally = await db.claimTally.groupBy({
    by: ["status"],
    where: { createdById: actor.id },
    _sum: { count: true },
  });
  const created = new Map(tally.map((t) => [t.status, t._sum.count ?? 0]));
  const groups = await Promise.all(
    MY_WORK_GROUPS.map(async (group) => {
      const { statuses, assignedOnly } = GROUPS[group];
      const ways: Prisma.ClaimWhereInput[] = assignedOnly
        ? [{ assigneeId: actor.id }]
        : [{ createdById: actor.id }, { assigneeId: actor.id }];
      const [pages, assignedByOthers] = await Promise.all([
        Promise.all(
          statuses.flatMap((status) =>
            ways.map((way) =>
              db.claim.findMany({
                where: { ...way, status },
                select,
                orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
                take: MY_WORK_LIMIT,
              }),
            ),
          ),
        ),
        db.claim.count({
          where: {
            assigneeId: actor.id,
            status: { in: statuses },
            ...(assignedOnly ? {} : { NOT: { createdById: actor.id } }),
          },
        }),
      ]);
      const unique = new Map(pages.flat().map((row) => [row.id, row]));
      const items = [...unique.values()].sort(newestFirst).slice(0, MY_WORK_LIMIT).map(toItem);
      const total = assignedOnly
        ? assignedByOthers
        : assignedByOthers + statuses.reduce((sum, status) => sum + (created.get(status) ?? 0), 0);
      return { group, items, total };
    }),
  );
  const work = { totals: {} } as MyWork;
  for (const { group, items, total } of groups) {
    work[group] = items;
    work.totals[group] = total;
  }
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
