import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
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

/**
 * The signed-in person's claims across articles: assigned to them and not yet approved, then by
 * status those they created or are assigned. A claim may sit in two groups (an assigned draft).
 */
export async function myWork(actor: Actor): Promise<MyWork> {
  const mine: Prisma.ClaimWhereInput = { OR: [{ createdById: actor.id }, { assigneeId: actor.id }] };
  const where: Record<MyWorkGroup, Prisma.ClaimWhereInput> = {
    assigned: { assigneeId: actor.id, status: { not: "APPROVED" } },
    drafts: { ...mine, status: "DRAFT" },
    changesRequested: { ...mine, status: "CHANGES_REQUESTED" },
    inReview: { ...mine, status: "IN_REVIEW" },
  };
  const groups = await Promise.all(
    MY_WORK_GROUPS.map(async (group) => {
      const [rows, total] = await Promise.all([
        db.claim.findMany({
          where: where[group],
          select,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take: MY_WORK_LIMIT,
        }),
        db.claim.count({ where: where[group] }),
      ]);
      return { group, items: rows.map(toItem), total };
    }),
  );
  const work = { totals: {} } as MyWork;
  for (const { group, items, total } of groups) {
    work[group] = items;
    work.totals[group] = total;
  }
  return work;
}

function toItem(row: Prisma.ClaimGetPayload<{ select: typeof select }>): MyWorkItem {
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
