// Stable claim numbers: assigned by the database at creation, in creation order, never reused.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { getArticle } from "@/server/articles/get-article";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "Alpha said one thing. Bravo said another. Charlie said a third. Delta said a fourth. Echo said a fifth.";

let checker: Actor;
beforeAll(async () => {
  checker = await makeActor("CHECKER");
});

const claimOn = async (articleId: string, exact: string) => {
  const { contentText } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = contentText.indexOf(exact);
  const selector = [
    { type: "TextQuoteSelector" as const, exact },
    { type: "TextPositionSelector" as const, start, end: start + exact.length },
  ];
  return createClaim(articleId, { target: { selector } }, checker);
};

describe("claim numbers", () => {
  it("follow creation order, so adding an earlier claim renumbers nothing", async () => {
    const { id } = await createArticle(db, { createdById: checker.id, body: BODY });
    const charlie = await claimOn(id, "Charlie said a third");
    const alpha = await claimOn(id, "Alpha said one thing");
    expect([charlie.number, alpha.number]).toEqual([1, 2]);

    const article = await getArticle(id, checker);
    // Listed in text order, each with the number it was created with.
    expect(article.claims.map((c) => [c.target.selector[0].exact, c.number])).toEqual([
      ["Alpha said one thing", 2],
      ["Charlie said a third", 1],
    ]);
  });

  it("are never reused after a deletion", async () => {
    const { id } = await createArticle(db, { createdById: checker.id, body: BODY });
    await claimOn(id, "Alpha said one thing");
    const bravo = await claimOn(id, "Bravo said another");
    await deleteClaim(bravo.id, checker);
    const charlie = await claimOn(id, "Charlie said a third");
    expect(charlie.number).toBe(3);
  });

  it("stay distinct when many claims are created at once", async () => {
    const { id } = await createArticle(db, { createdById: checker.id, body: BODY });
    const quotes = ["Alpha said", "Bravo said", "Charlie said", "Delta said", "Echo said"];
    const created = await Promise.all(quotes.map((q) => claimOn(id, q)));
    expect(created.map((c) => c.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("are numbered per article, also for claims written by the seed factories", async () => {
    const a = await createArticle(db, { createdById: checker.id, body: BODY });
    const b = await createArticle(db, { createdById: checker.id, body: BODY });
    const first = await createClaimOnQuote(db, { articleId: a.id, quote: "Delta said", userId: checker.id });
    const other = await createClaimOnQuote(db, { articleId: b.id, quote: "Delta said", userId: checker.id });
    const second = await claimOn(a.id, "Echo said");
    expect([first.number, other.number, second.number]).toEqual([1, 1, 2]);
  });
});
