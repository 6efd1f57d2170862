// The desk's hot queries, EXPLAINed on a database large enough for the planner to care (an
// archive of 40,000 claims over 10,000 articles with their history), fail on a sequential scan of
// Claim, ClaimEvent or Article, or on any scan of them that reads more than MAX_ROWS_READ rows
// (a full index scan with a filter is a sequential scan in disguise): each must stay a seek
// whose work does not grow with the archive. EXPLAIN ANALYZE counts the rows really read. The
// queries are the ones the services really send: a Prisma client with query logging stands in for
// the app's, the services run, and each statement they sent is explained with its own parameters.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { seedArchive, type SeededArchive } from "@/prisma/seed/archive/archive-data";
import { createTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { makeActor } from "@/server/testing/actors";
import type { Actor } from "@/server/permissions";
import { listArticles } from "@/server/articles/list-articles";
import { getArticle } from "@/server/articles/get-article";
import { listReviewQueue } from "@/server/review/list-review-queue";
import { claimHistory } from "@/server/claims/claim-history";
import { searchArchive } from "@/server/search/search-archive";
import { myWork } from "@/server/claims/my-work";

const WATCHED = new Set(["Claim", "ClaimEvent", "Article"]);
/** A page is at most 200 rows; a hot query reads a few pages' worth of one table, not the archive. */
const MAX_ROWS_READ = 1_000;

let database: TestDatabase;
let archive: SeededArchive;
let editor: Actor;
let appDb: PrismaClient | undefined;
let logged: { query: string; params: string }[] = [];
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

beforeAll(async () => {
  editor = await makeActor("EDITOR", "Hot Queries");
  database = await createTestDatabase();
  archive = await seedArchive(database.url, { articles: 10_000, claims: 40_000, history: true });
  appDb = globalForDb.factdeskDb;
  const logging = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  logging.$on("query", (event) => logged.push({ query: event.query, params: event.params }));
  globalForDb.factdeskDb = logging;
}, 300_000);

afterAll(async () => {
  await globalForDb.factdeskDb?.$disconnect();
  globalForDb.factdeskDb = appDb;
  await database?.drop();
});

/** The whole-table reads of watched tables in the plans of every statement `run` sends. */
async function seqScans(run: () => Promise<unknown>, only: (sql: string) => boolean = () => true): Promise<string[]> {
  logged = [];
  await run();
  expect(logged.length, "the service sent no statement through the logging client").toBeGreaterThan(0);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const found: string[] = [];
  try {
    for (const { query, params } of logged) {
      if (!/^\s*(SELECT|WITH)/i.test(query) || !only(query)) continue;
      const values = JSON.parse(params) as unknown[];
      const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${query}`,
        values,
      );
      for (const scan of scansIn(rows[0]!["QUERY PLAN"][0].Plan)) found.push(`${scan}: ${query.slice(0, 300)}`);
    }
  } finally {
    await client.end();
  }
  return found;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

function scansIn(node: PlanNode): string[] {
  const table = node["Relation Name"] ?? "";
  const returned = node["Actual Rows"] ?? 0;
  const removed = (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0);
  const read = (returned + removed) * (node["Actual Loops"] ?? 1);
  const here =
    WATCHED.has(table) && (node["Node Type"] === "Seq Scan" || read > MAX_ROWS_READ)
      ? [`${table} (${node["Node Type"]}, ${read} rows read)`]
      : [];
  return [...here, ...(node.Plans ?? []).flatMap(scansIn)];
}

describe("hot queries on a large archive", () => {
  it("would notice a sequential scan (the check itself)", async () => {
    const scans = await seqScans(() =>
      globalForDb.factdeskDb!.claim.findMany({ where: { rationale: { contains: "no rationale says this" } }, take: 5 }),
    );
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/^Claim \(.*rows read\): SELECT/);
  });

  it("the articles list searched by title or outlet", async () => {
    expect(await seqScans(() => listArticles(editor, { q: "Gazette" }))).toEqual([]);
    expect(await seqScans(() => listArticles(editor, { q: "nothing is called this" }))).toEqual([]);
  });

  it("the articles list, in every sort and on a later page", async () => {
    for (const sort of ["newest", "oldest", "title", "claims"]) {
      expect(await seqScans(() => listArticles(editor, { sort }))).toEqual([]);
      const first = await listArticles(editor, { sort, limit: "20" });
      expect(await seqScans(() => listArticles(editor, { sort, cursor: first.nextCursor }))).toEqual([]);
    }
  });

  // Every statement: the page, its counts and total (from ClaimTally), and the filter options.
  it("the review queue: in review and of another status, filtered, and a later page", async () => {
    const checkerId = archive.userId;
    const articleId = archive.articleIds[4_321]!;
    for (const query of [{}, { status: "APPROVED" }, { verdict: "false" }, { checkerId }, { articleId }]) {
      expect(await seqScans(() => listReviewQueue(query, editor))).toEqual([]);
    }
    const first = await listReviewQueue({ limit: "20" }, editor);
    expect(first.nextCursor).not.toBeNull();
    expect(await seqScans(() => listReviewQueue({ cursor: first.nextCursor }, editor))).toEqual([]);
  });

  it("one article with its claims, and one claim's history", async () => {
    const articleId = archive.articleIds[1_234]!;
    expect(await seqScans(() => getArticle(articleId, editor))).toEqual([]);
    expect(await seqScans(() => claimHistory(archive.claimIds[12_345]!, editor))).toEqual([]);
  });

  it("a fact-checker's My work, with thousands of claims of their own", async () => {
    const checker: Actor = { id: archive.userId, role: "CHECKER", name: "Ana Ortiz", email: "archive@example.org" };
    expect(await seqScans(() => myWork(checker))).toEqual([]);
  });

  it("search", async () => {
    expect(await seqScans(() => searchArchive({ q: "housing budget" }, editor))).toEqual([]);
    expect(await seqScans(() => searchArchive({ q: "Kislyak", status: "APPROVED" }, editor))).toEqual([]);
    const year = { from: "2024-01-01", to: "2024-12-31" };
    expect(await seqScans(() => searchArchive({ q: "housing budget", ...year }, editor))).toEqual([]);
    // Without words: the newest claims, by a walk of the (createdAt, id) index.
    expect(await seqScans(() => searchArchive({ type: "claim" }, editor))).toEqual([]);
    expect(await seqScans(() => searchArchive({ type: "claim", ...year }, editor))).toEqual([]);
    // A claimant, misspelled: matched against the distinct names (ClaimantName), not every claim.
    // Without words, each name's newest claims are read up to the 1,000 candidates; at this size a
    // name has about 1,100 claims and reading them all is the cheaper plan, so that case is timed
    // by the bench on 1,000,000 claims instead of checked here. So are words with a claimant
    // filter: a name on 1 claim in 31 leaves most of the words' matches to read and drop.
    expect(await seqScans(() => searchArchive({ q: "Brenan", type: "claim" }, editor))).toEqual([]);
  });
});
