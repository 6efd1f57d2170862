import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "@/lib/search/search-results";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { searchArchive } from "@/server/search/search-archive";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

// Other integration files share this database: every search here names a word only this file
// wrote (a random run of letters), or filters to this file's article.
const tag = () =>
  [...randomBytes(8)]
    .map((b) => "bcdfghjklmnprstvz"[b % 17])
    .join("")
    .slice(0, 8);
const WORD = `zorb${tag()}`;
const RARE = `quil${tag()}`;
const PUBLISHER = `Vantor${tag()}`;

const BODY = [
  `Sergey Kislyak met the senator twice, aides said about ${WORD}.`,
  `The budget rose by 40 percent, the mayor said.`,
  `Unemployment among young people has tripled since the election.`,
  `Crime fell in most regions.`,
].join("\n\n");

let checker: Actor;
let other: Actor;
let article: { id: string; title: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Search");
  other = await makeActor("CHECKER", "Drew Search");
  const created = await createArticle(db, { createdById: checker.id, title: `Search fixtures ${WORD}`, body: BODY });
  article = { id: created.id, title: created.title };
  const claim = async (name: string, quote: string, user: Actor, fields: Record<string, string> = {}) => {
    const row = await createClaimOnQuote(db, { articleId: article.id, quote, userId: user.id, ...fields });
    ids[name] = row.id;
    return row;
  };
  await claim("kislyak", "Sergey Kislyak met the senator twice", checker, { claimant: "Sergey Kislyak" });
  // RARE is in one claim's quote and in another's rationale only.
  await claim("budget", "The budget rose by 40 percent", checker, {
    claimant: "Mayor Lee",
    verdict: "false",
    rationale: `Budget tables show 12 percent, ${RARE} noted.`,
  });
  await claim("youth", "Unemployment among young people has tripled since the election", other, { verdict: "true" });
  await db.claim.update({ where: { id: ids.youth }, data: { exact: `${RARE} unemployment has tripled` } });
  await claim("crime", "Crime fell in most regions", other, { verdict: "false" });
  await db.claim.update({ where: { id: ids.crime }, data: { status: "APPROVED", assigneeId: checker.id } });
  await db.source.create({
    data: {
      claimId: ids.crime!,
      url: "https://example.org/crime",
      title: "Regional crime statistics",
      publisher: PUBLISHER,
      stance: "REFUTES",
      addedById: other.id,
    },
  });
});

const claimIds = (response: SearchResponse) => response.results.filter((r) => r.type === "claim").map((r) => r.id);
const search = (query: Record<string, string>) => searchArchive(query, checker);

describe("searchArchive", () => {
  it("ranks a claim whose quote has the word above one whose rationale has it", async () => {
    const response = await search({ q: RARE });
    expect(claimIds(response)).toEqual([ids.youth, ids.budget]);
    const [first] = response.results;
    expect(first!.score).toBeGreaterThan(response.results[1]!.score);
    // The snippet is plain text; the highlight covers exactly the searched word.
    const [start, end] = first!.highlights[0]!;
    expect(first!.snippet.slice(start, end).toLowerCase()).toBe(RARE);
  });

  it("finds a name spelled differently (Kisliak finds Kislyak)", async () => {
    const response = await search({ q: "Kisliak", article: article.id });
    expect(claimIds(response)).toContain(ids.kislyak);
    const found = response.results.find((r) => r.id === ids.kislyak)!;
    expect(found.highlights.map(([start, end]) => found.snippet.slice(start, end))).toContain("Kislyak");
  });

  it("finds a claim through its source's publisher", async () => {
    const response = await search({ q: PUBLISHER });
    expect(claimIds(response)).toEqual([ids.crime]);
  });

  it("finds the article by a word of its text and says which article a claim is in", async () => {
    const response = await search({ q: WORD });
    const found = response.results.find((r) => r.type === "article");
    expect(found).toMatchObject({ id: article.id, articleId: article.id, title: article.title });
    const claim = (await search({ q: "Kislyak senator", article: article.id })).results[0];
    expect(claim).toMatchObject({ id: ids.kislyak, articleId: article.id, number: 1, quote: expect.any(String) });
  });

  it("applies each filter", async () => {
    const inArticle = { article: article.id };
    expect(claimIds(await search({ ...inArticle, status: "APPROVED" }))).toEqual([ids.crime]);
    expect(claimIds(await search({ ...inArticle, verdict: "false" })).sort()).toEqual([ids.budget, ids.crime].sort());
    expect(claimIds(await search({ ...inArticle, checker: other.id })).sort()).toEqual([ids.youth, ids.crime].sort());
    expect(claimIds(await search({ ...inArticle, assignee: checker.id }))).toEqual([ids.crime]);
    expect(claimIds(await search({ ...inArticle, claimant: "Sergei Kislyak" }))).toEqual([ids.kislyak]);
    expect(claimIds(await search({ ...inArticle, from: "2000-01-01", to: "2000-12-31" }))).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(claimIds(await search({ ...inArticle, from: today, to: today }))).toHaveLength(4);
    // Claim-only filters leave articles out; type=article leaves claims out.
    expect((await search({ ...inArticle, status: "DRAFT" })).results.every((r) => r.type === "claim")).toBe(true);
    expect((await search({ q: WORD, type: "article" })).results.map((r) => r.id)).toEqual([article.id]);
  });

  it("counts the results per status, verdict, checker and article", async () => {
    const { facets, total } = await search({ article: article.id, type: "claim" });
    expect(total).toBe(4);
    expect(facets.status).toEqual([
      { value: "DRAFT", label: "Draft", count: 3 },
      { value: "APPROVED", label: "Approved", count: 1 },
    ]);
    expect(facets.verdict).toEqual([
      { value: "false", label: "False", count: 2 },
      { value: "true", label: "True", count: 1 },
    ]);
    expect(facets.checker.map((f) => [f.label, f.count]).sort()).toEqual([
      ["Casey Search", 2],
      ["Drew Search", 2],
    ]);
    expect(facets.article).toEqual([{ value: article.id, label: article.title, count: 4 }]);
  });

  it("pages by cursor, 20 at a time, and a claim saved meanwhile does not shift the next page", async () => {
    const body = Array.from({ length: 26 }, (_, i) => `Line ${i + 1}: the ${RARE}x levy rose.`).join("\n\n");
    const many = await createArticle(db, { createdById: checker.id, title: "Many claims", body });
    for (let i = 0; i < 25; i++) {
      await createClaimOnQuote(db, { articleId: many.id, quote: `Line ${i + 1}:`, userId: checker.id });
    }
    const first = await search({ article: many.id, type: "claim" });
    expect(first).toMatchObject({ total: 25, totalCapped: false, nextCursor: expect.any(String) });
    expect(first.results).toHaveLength(20);
    // Newest first: a claim saved now belongs before the first page's end, not on the next page.
    await createClaimOnQuote(db, { articleId: many.id, quote: "Line 26:", userId: checker.id });
    const second = await search({ article: many.id, type: "claim", cursor: first.nextCursor! });
    expect(second.results).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const all = [...claimIds(first), ...claimIds(second)];
    expect(new Set(all).size).toBe(25);

    // With words, pages follow the ranking (equal scores: newest first); `limit` sets their size.
    const words = { q: "line", article: many.id, type: "claim" };
    const ranked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResponse = await search({ ...words, limit: "7", ...(cursor && { cursor }) });
      expect(page.results.length).toBeLessThanOrEqual(7);
      ranked.push(...claimIds(page));
      cursor = page.nextCursor;
    } while (cursor);
    const whole = await search({ ...words, limit: "50" });
    expect(ranked).toEqual(claimIds(whole));
    expect(ranked).toHaveLength(26);
  });

  it("refuses bad parameters with a message per field", async () => {
    const error = await rejection(
      search({ q: "x".repeat(201), status: "LOST", verdict: "maybe", from: "2024-02-30", limit: "0" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields!).sort()).toEqual(["from", "limit", "q", "status", "verdict"]);
    expect(error.fields!.q).toEqual(["A search is at most 200 characters."]);
    expect(error.fields!.from).toEqual(["From is not a calendar date."]);
    const backwards = await rejection(search({ from: "2024-03-01", to: "2024-02-01" }));
    expect(backwards.fields).toEqual({ to: ["To must be on or after From."] });
    expect((await rejection(search({ limit: "51" }))).fields!.limit).toEqual(["At most 50 per page."]);
    // Paging by number is gone: an old client is told, not shown page 1 again.
    expect((await rejection(search({ q: RARE, page: "2" }))).fields!.page).toEqual([
      "Search pages by cursor: pass the previous page's nextCursor as cursor.",
    ]);
    // A cursor of the newest-first order does not page a ranked search, nor an edited one.
    const newest = await search({ article: article.id, type: "claim", limit: "1" });
    expect((await rejection(search({ q: RARE, cursor: newest.nextCursor! }))).fields!.cursor).toHaveLength(1);
    expect((await rejection(search({ q: RARE, cursor: "not-a-cursor" }))).fields!.cursor).toHaveLength(1);
  });

  it("finds nothing for stop words alone", async () => {
    expect(await search({ q: "the of and" })).toMatchObject({ results: [], total: 0 });
  });
});
