import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { listArticles } from "@/server/articles/list-articles";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "Taxes fell. Crime is down. Fares doubled. Rents rose. The bridge opened.";
// Other integration files share this database: every article here carries the tag, and every
// query filters on it.
const TAG = `zq${randomUUID().slice(0, 6)}`;

let checker: Actor;
const ids: Record<string, string> = {};

async function claimWithStatus(articleId: string, quote: string, status: ClaimStatus) {
  const claim = await createClaimOnQuote(db, { articleId, quote, userId: checker.id });
  if (status !== "DRAFT") await db.claim.update({ where: { id: claim.id }, data: { status } });
}

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Lee Lister");
  const make = async (name: string, title: string, outlet: string | undefined, ageDays: number) => {
    const a = await createArticle(db, { createdById: checker.id, title: `${title} ${TAG}`, outlet, body: BODY });
    await db.article.update({ where: { id: a.id }, data: { createdAt: new Date(Date.now() - ageDays * 86_400_000) } });
    ids[name] = a.id;
  };
  await make("budget", "Budget claims", "Daily Ledger", 3);
  await make("transit", "Alpha transit", "Metro Post", 2);
  await make("zoo", "Zoo opening", undefined, 1);

  await claimWithStatus(ids.budget!, "Taxes fell", "DRAFT");
  await claimWithStatus(ids.budget!, "Crime is down", "IN_REVIEW");
  await claimWithStatus(ids.budget!, "Fares doubled", "APPROVED");
  await claimWithStatus(ids.budget!, "Rents rose", "APPROVED");
  await claimWithStatus(ids.transit!, "Taxes fell", "CHANGES_REQUESTED");
  await db.article.update({
    where: { id: ids.transit! },
    data: { publicSlug: `alpha-${TAG}`, publicSince: new Date() },
  });
});

const titles = async (query: Record<string, unknown>) =>
  (await listArticles(checker, { q: TAG, ...query })).articles.map((a) => a.title.replace(` ${TAG}`, ""));

/** Every page of the list for `query`, `limit` at a time, following nextCursor to the end. */
async function allPages(query: Record<string, string>, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null | undefined;
  do {
    const page = await listArticles(checker, { q: TAG, ...query, limit: String(limit), ...(cursor && { cursor }) });
    pages.push(page.articles.map((a) => a.title.replace(` ${TAG}`, "")));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describe("listArticles", () => {
  it("counts each article's claims by status and says whether and where it is published", async () => {
    const { articles: listed } = await listArticles(checker, { q: TAG });
    const byId = new Map(listed.map((a) => [a.id, a]));
    expect(byId.get(ids.budget!)).toMatchObject({
      claimCount: 4,
      statusCounts: { DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 2 },
      publicPath: null,
    });
    expect(byId.get(ids.transit!)).toMatchObject({
      claimCount: 1,
      statusCounts: { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 1, APPROVED: 0 },
      publicPath: `/p/alpha-${TAG}`,
    });
    expect(byId.get(ids.zoo!)).toMatchObject({
      claimCount: 0,
      statusCounts: { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0 },
    });
  });

  it("sorts newest first by default, or oldest, by title, or by most claims", async () => {
    expect(await titles({})).toEqual(["Zoo opening", "Alpha transit", "Budget claims"]);
    expect(await titles({ sort: "newest" })).toEqual(["Zoo opening", "Alpha transit", "Budget claims"]);
    expect(await titles({ sort: "oldest" })).toEqual(["Budget claims", "Alpha transit", "Zoo opening"]);
    expect(await titles({ sort: "title" })).toEqual(["Alpha transit", "Budget claims", "Zoo opening"]);
    expect(await titles({ sort: "claims" })).toEqual(["Budget claims", "Alpha transit", "Zoo opening"]);
  });

  it("filters by words in the title or the outlet, in any case", async () => {
    expect(await titles({ q: `transit ${TAG}`.toUpperCase() })).toEqual(["Alpha transit"]);
    const { articles: byOutlet } = await listArticles(checker, { q: "daily ledger", limit: "100" });
    expect(byOutlet.map((a) => a.id)).toContain(ids.budget);
    expect(byOutlet.map((a) => a.id)).not.toContain(ids.transit);
  });

  it("keeps only published articles, or only those with claims in review, as the form's checkboxes send it", async () => {
    expect(await titles({ published: "1" })).toEqual(["Alpha transit"]);
    expect(await titles({ inReview: "on" })).toEqual(["Budget claims"]);
    expect(await titles({ published: "1", inReview: "1" })).toEqual([]);
    expect(await titles({ published: "", inReview: "" })).toHaveLength(3);
  });

  it("pages through every article once, in every sort, and says when there is no next page", async () => {
    expect(await allPages({ sort: "newest" }, 2)).toEqual([["Zoo opening", "Alpha transit"], ["Budget claims"]]);
    expect(await allPages({ sort: "oldest" }, 1)).toEqual([["Budget claims"], ["Alpha transit"], ["Zoo opening"]]);
    expect(await allPages({ sort: "title" }, 2)).toEqual([["Alpha transit", "Budget claims"], ["Zoo opening"]]);
    expect(await allPages({ sort: "claims" }, 1)).toEqual([["Budget claims"], ["Alpha transit"], ["Zoo opening"]]);
    expect(await allPages({ sort: "newest" }, 3)).toEqual([["Zoo opening", "Alpha transit", "Budget claims"]]);
  });

  it("keeps its place when articles are added and deleted before the cursor", async () => {
    const first = await listArticles(checker, { q: TAG, limit: "1" });
    expect(first.articles.map((a) => a.id)).toEqual([ids.zoo]);
    // A newer article and the deletion of the one just shown move an offset, not a cursor.
    const newer = await createArticle(db, { createdById: checker.id, title: `Newer ${TAG}`, body: BODY });
    const gone = await createArticle(db, { createdById: checker.id, title: `Gone ${TAG}`, body: BODY });
    await db.article.update({ where: { id: gone.id }, data: { createdAt: new Date(Date.now() - 1.5 * 86_400_000) } });
    const second = await listArticles(checker, { q: TAG, limit: "1", cursor: first.nextCursor });
    expect(second.articles.map((a) => a.id)).toEqual([gone.id]);
    await db.article.delete({ where: { id: gone.id } });
    const third = await listArticles(checker, { q: TAG, limit: "1", cursor: second.nextCursor });
    expect(third.articles.map((a) => a.id)).toEqual([ids.transit]);
    await db.article.delete({ where: { id: newer.id } });
  });

  it("counts claims down when one is deleted", async () => {
    const article = await createArticle(db, { createdById: checker.id, title: `Counted ${TAG}`, body: BODY });
    const claim = await createClaimOnQuote(db, { articleId: article.id, quote: "Rents rose", userId: checker.id });
    await createClaimOnQuote(db, { articleId: article.id, quote: "Taxes fell", userId: checker.id });
    const count = async () =>
      (await listArticles(checker, { q: `Counted ${TAG}` })).articles.find((a) => a.id === article.id)?.claimCount;
    expect(await count()).toBe(2);
    await db.claim.delete({ where: { id: claim.id } });
    expect(await count()).toBe(1);
    await db.article.delete({ where: { id: article.id } });
  });

  it("refuses a cursor it did not give out, or one for another sort, and a page size out of range", async () => {
    const { nextCursor } = await listArticles(checker, { q: TAG, limit: "1", sort: "title" });
    for (const query of [{ cursor: nextCursor, sort: "newest" }, { cursor: "bm90LWEtY3Vyc29y" }, { cursor: "a b" }]) {
      const error = await rejection(listArticles(checker, query));
      expect(error.code).toBe("VALIDATION");
      expect(error.fields?.cursor?.[0]).toMatch(/not one this list gave out/);
    }
    for (const limit of ["0", "101", "ten"]) {
      const error = await rejection(listArticles(checker, { limit }));
      expect(error.fields?.limit?.[0]).toMatch(/page size|At most 100/);
    }
  });

  it("refuses a sort it does not know, naming the field", async () => {
    const error = await rejection(listArticles(checker, { sort: "popular" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields?.sort?.[0]).toMatch(/Sort by/);
  });
});
