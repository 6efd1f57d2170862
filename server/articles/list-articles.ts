import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { ArticleListQuery, type ArticleListPage, type ArticleSort } from "@/lib/articles/article-list";
import { zeroStatusCounts } from "@/lib/claims/status";
import { decodeCursor, encodeCursor, pageOf, type CursorValue } from "@/lib/pagination/cursor";
import { db } from "@/server/db";
import { badCursor, rowsAfter, type KeysetPart } from "@/server/db/keyset";
import type { Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { articleSummarySelect, claimCountOf, toArticleSummaryView } from "@/server/articles/article-view";

type Row = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

/** Each sort as a keyset order: its columns, the last one unique (see server/db/keyset.ts). */
const KEYS: Record<
  ArticleSort,
  readonly { field: "createdAt" | "title" | "claimCount" | "id"; direction: "asc" | "desc" }[]
> = {
  newest: [
    { field: "createdAt", direction: "desc" },
    { field: "id", direction: "desc" },
  ],
  oldest: [
    { field: "createdAt", direction: "asc" },
    { field: "id", direction: "asc" },
  ],
  title: [
    { field: "title", direction: "asc" },
    { field: "id", direction: "asc" },
  ],
  claims: [
    { field: "claimCount", direction: "desc" },
    { field: "createdAt", direction: "desc" },
    { field: "id", direction: "desc" },
  ],
};

/**
 * A page of the newsroom's articles with their claims per status and whether they are
 * published, sorted and filtered by the list's query string (raw, as it arrives; invalid values
 * are a 400), and the cursor of the next page.
 */
export async function listArticles(_actor: Actor, rawQuery: unknown = {}): Promise<ArticleListPage> {
  const { q, sort, published, inReview, cursor, limit } = parseInput(ArticleListQuery, rawQuery);
  const keys = KEYS[sort];
  const filters: Prisma.ArticleWhereInput[] = [
    ...(q
      ? [
          {
            OR: [
              { title: { contains: q, mode: "insensitive" as const } },
              { outlet: { contains: q, mode: "insensitive" as const } },
            ],
          },
        ]
      : []),
    ...(published ? [{ publicSlug: { not: null } }] : []),
    ...(inReview ? [{ claims: { some: { status: "IN_REVIEW" as const } } }] : []),
  ];
  const after = cursor ? afterCursor(keys, sort, cursor) : null;
  const rows =
    sort === "claims"
      ? await byClaimCount(filters, after, limit)
      : await db.article.findMany({
          where: { AND: after ? [...filters, rowsAfter<Prisma.ArticleWhereInput>(after)] : filters },
          orderBy: keys.map((k) => ({ [k.field]: k.direction })),
          take: limit + 1,
          select: articleSummarySelect,
        });
  const page = pageOf(
    rows,
    limit,
    (row) => row,
    (row) =>
      encodeCursor(
        sort,
        keys.map((k) => rawValue(k.field === "claimCount" ? claimCountOf(row) : row[k.field])),
      ),
  );

  const grouped = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: page.items.map((r) => r.id) } },
    _count: { _all: true },
  });
  const counts = new Map(page.items.map((r) => [r.id, zeroStatusCounts()]));
  for (const g of grouped) counts.get(g.articleId)![g.status] = g._count._all;

  return {
    articles: page.items.map((row: Row) => ({
      ...toArticleSummaryView(row),
      statusCounts: counts.get(row.id)!,
      publicPath: row.publicSlug ? `/p/${row.publicSlug}` : null,
    })),
    nextCursor: page.nextCursor,
  };
}

/** The keyset of the previous page's last row, checked against the sort's columns. */
function afterCursor(keys: (typeof KEYS)[ArticleSort], sort: ArticleSort, cursor: string): KeysetPart[] {
  const values = decodeCursor(cursor, sort, keys.length);
  if (!values) throw badCursor("sort");
  return keys.map((k, i) => ({ ...k, value: cursorValue(k.field, values[i]!) }));
}

/**
 * "Most claims": walked on ArticleClaimRank's index of that order (the count lives there, not on
 * the article; see the model), with the list's filters applied to each ranked article.
 */
async function byClaimCount(filters: Prisma.ArticleWhereInput[], after: KeysetPart[] | null, limit: number) {
  const where: Prisma.ArticleClaimRankWhereInput[] = [];
  if (filters.length > 0) where.push({ article: { is: { AND: filters } } });
  if (after)
    where.push(
      rowsAfter<Prisma.ArticleClaimRankWhereInput>(
        after.map((part) => (part.field === "id" ? { ...part, field: "articleId" } : part)),
      ),
    );
  const ranked = await db.articleClaimRank.findMany({
    where: { AND: where },
    orderBy: [{ claimCount: "desc" }, { createdAt: "desc" }, { articleId: "desc" }],
    take: limit + 1,
    select: { article: { select: articleSummarySelect } },
  });
  return ranked.map((r) => r.article);
}

function rawValue(value: Date | string | number): CursorValue {
  return value instanceof Date ? value.toISOString() : value;
}

function cursorValue(field: string, value: CursorValue): KeysetPart["value"] {
  const bad = () => badCursor("sort");
  if (field === "createdAt") {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || isNaN(date.getTime())) throw bad();
    return date;
  }
  if (field === "claimCount") {
    if (typeof value !== "number") throw bad();
    return value;
  }
  if (typeof value !== "string") throw bad();
  return value;
}
