import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "The mayor said taxes fell by 40 percent. Crime is at a record low.";
const URL = "https://www.example.org/budget/2024";

let checker: Actor;
let articleId: string;

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Sam Sources");
  articleId = (await createArticle(db, { createdById: checker.id, body: BODY })).id;
});

async function claimOn(quote: string) {
  const claim = await createClaimOnQuote(db, { articleId, quote, userId: checker.id });
  return db.claim.findUniqueOrThrow({ where: { id: claim.id } });
}

const source = (url: string) => ({ url, title: "City budget 2024", stance: "REFUTES" });

describe("addSource", () => {
  it("refuses the same URL twice on one claim, however its scheme, host, port or trailing slash are written", async () => {
    const claim = await claimOn("taxes fell by 40 percent");
    await addSource(claim.id, source(URL), checker);
    for (const again of [
      URL,
      "HTTPS://WWW.EXAMPLE.ORG/budget/2024",
      `${URL}/`,
      "https://www.example.org:443/budget/2024",
    ]) {
      const error = await rejection(addSource(claim.id, source(again), checker));
      expect(error.code).toBe("CONFLICT");
      expect(error.fields).toEqual({ url: [`This source is already on claim ${claim.number}.`] });
    }
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.claimEvent.count({ where: { claimId: claim.id, action: "SOURCE_ADDED" } })).toBe(1);
  });

  it("accepts a different page on the same site, the same URL on another claim, and a URL again once removed", async () => {
    const first = await claimOn("Crime is at a record low");
    const kept = await addSource(first.id, source(URL), checker);
    await addSource(first.id, source(`${URL}?page=2`), checker);
    await addSource(first.id, source("https://www.example.org/Budget/2024"), checker);
    expect(await db.source.count({ where: { claimId: first.id } })).toBe(3);

    await removeSource(kept.id, checker);
    await addSource(first.id, source(URL), checker);
    expect(await db.source.count({ where: { claimId: first.id } })).toBe(3);
  });

  it("lets exactly one of two simultaneous adds of the same URL through", async () => {
    const claim = await claimOn("The mayor said");
    const results = await Promise.allSettled([
      addSource(claim.id, source(URL), checker),
      addSource(claim.id, source(`${URL}/`), checker),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
