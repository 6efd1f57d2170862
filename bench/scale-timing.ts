// (k) The desk's lists at newsroom scale: on the database of scale-fixture.ts (50,000 articles,
// 1,000,000 claims with their history), each list a fact-checker or editor opens, timed one
// request at a time through the running app, signed in as the demo editor (who sees everything):
// the articles list (every sort, a title search, filters and later pages by cursor), the review
// queue (each status, filtered by article, checker and verdict, later pages), one article with
// its claims, one claim's history, and search; then, signed in as one of the archive's six
// fact-checkers (each with about 170,000 claims), their My work. Target: p95 ≤ 100 ms each.
import pg from "pg";
import { searchBenchQueries, withCursors } from "./search-timing";
import { timeSequentially, type RequestTiming } from "./sequential-timing";
import { signIn, type Session } from "./session";

export const SCALE_BENCH = { requestsPerList: 100, targetMs: 100 };

export type ScaleList = "articles" | "reviewQueue" | "articleClaims" | "claimHistory" | "search" | "myWork";
export type ScaleTimings = Record<ScaleList, RequestTiming>;

export const SCALE_LIST_LABELS: Record<ScaleList, string> = {
  articles: "articles list (GET /api/articles)",
  reviewQueue: "review queue (GET /api/review-queue)",
  articleClaims: "one article and its claims (GET /api/articles/:id)",
  claimHistory: "one claim's history (GET /api/claims/:id/history)",
  search: "search (GET /api/search)",
  myWork: "a checker's My work (GET /api/me/work)",
};

export async function timeScaleLists(baseUrl: string, session: Session, databaseUrl: string): Promise<ScaleTimings> {
  const getAs = (as: Session) => async (path: string) => {
    const response = await fetch(baseUrl + path, { headers: { cookie: as.cookieHeader } });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as { nextCursor?: string | null };
  };
  const get = getAs(session);
  const sample = await sampleIds(databaseUrl, SCALE_BENCH.requestsPerList);
  const lists: Record<Exclude<ScaleList, "myWork">, string[]> = {
    articles: await withLaterPages(get, "/api/articles", [
      "",
      "sort=oldest",
      "sort=title",
      "sort=claims",
      "q=Gazette",
      `q=${encodeURIComponent(sample.titleWord)}`,
      "inReview=1",
      "published=1",
    ]),
    reviewQueue: await withLaterPages(get, "/api/review-queue", [
      "",
      "status=APPROVED",
      "status=DRAFT",
      "status=CHANGES_REQUESTED",
      "verdict=false",
      ...sample.articleIds.slice(0, 3).map((id) => `articleId=${id}`),
      ...sample.checkerIds.slice(0, 2).map((id) => `checkerId=${id}`),
    ]),
    articleClaims: sample.articleIds.map((id) => `/api/articles/${id}`),
    claimHistory: sample.claimIds.map((id) => `/api/claims/${id}/history`),
    search: (
      await withCursors(searchBenchQueries(SCALE_BENCH.requestsPerList), (query) => get(`/api/search?${query}`))
    ).map((query) => `/api/search?${query}`),
  };
  const timings = {} as ScaleTimings;
  for (const [list, paths] of Object.entries(lists) as [Exclude<ScaleList, "myWork">, string[]][]) {
    timings[list] = await timeSequentially(cycle(paths, SCALE_BENCH.requestsPerList), get);
  }
  const checker = await signIn(baseUrl, sample.checker.email, sample.checker.password);
  timings.myWork = await timeSequentially(cycle(["/api/me/work"], SCALE_BENCH.requestsPerList), getAs(checker));
  return timings;
}

/** Each query's first page and the three after it (their cursors read from the pages before). */
async function withLaterPages(
  get: (path: string) => Promise<{ nextCursor?: string | null }>,
  route: string,
  queries: string[],
): Promise<string[]> {
  const paths: string[] = [];
  for (const query of queries) {
    let path = query ? `${route}?${query}` : route;
    for (let page = 0; page < 4; page++) {
      paths.push(path);
      const { nextCursor } = await get(path);
      if (!nextCursor) break;
      const params = new URLSearchParams(query);
      params.set("cursor", nextCursor);
      path = `${route}?${params}`;
    }
  }
  return paths;
}

/** `paths` repeated in order until there are `count`, so every list is timed the same number of times. */
function cycle(paths: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => paths[i % paths.length]!);
}

/** Articles and claims spread through the archive (every n-th by id), a title word, the checkers. */
async function sampleIds(databaseUrl: string, count: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const articles = await client.query<{ id: string; title: string }>(
      `SELECT "id", "title" FROM (SELECT "id", "title", row_number() OVER (ORDER BY "id") AS n FROM "Article") a
       WHERE n % (SELECT greatest(1, count(*) / $1) FROM "Article") = 0 LIMIT $1`,
      [count],
    );
    const claims = await client.query<{ id: string }>(
      `SELECT c."id" FROM "Claim" c WHERE c."articleId" = ANY($1::text[]) AND c."number" = 7`,
      [articles.rows.map((a) => a.id)],
    );
    // seedArchive's people: archive-<tag>-<id>@example.org, password archive-<tag>.
    const person = await client.query<{ email: string }>(
      `SELECT "email" FROM "User" WHERE "email" LIKE 'archive-%' AND "role" = 'CHECKER' ORDER BY "email" LIMIT 1`,
    );
    const email = person.rows[0]!.email;
    const checkers = await client.query<{ id: string }>(
      `SELECT DISTINCT "createdById" AS id FROM "Claim" WHERE "articleId" = ANY($1::text[]) ORDER BY 1`,
      [articles.rows.map((a) => a.id)],
    );
    return {
      articleIds: articles.rows.map((a) => a.id),
      claimIds: claims.rows.map((c) => c.id),
      checkerIds: checkers.rows.map((c) => c.id),
      titleWord: articles.rows[0]!.title.split(/\s+/).find((word) => word.length > 5) ?? "minister",
      checker: { email, password: `archive-${email.split("-")[1]}` },
    };
  } finally {
    await client.end();
  }
}
