// The review queue's counts come from ClaimTally, which triggers on Claim keep. These tests change
// claims every way the desk does (and a few it does in bulk) and check the tally against the
// claims themselves, for this file's own checkers only (the database is shared).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listReviewQueue } from "@/server/review/list-review-queue";
import { makeActor } from "@/server/testing/actors";
import type { Actor } from "@/server/permissions";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "Taxes fell by 40 percent. Crime is at a record low. Bus fares doubled. The bridge opened on time.";
const QUOTES = [
  "Taxes fell by 40 percent",
  "Crime is at a record low",
  "Bus fares doubled",
  "The bridge opened on time",
];

let editor: Actor;
let ana: Actor;
let ben: Actor;

beforeEach(async () => {
  editor = await makeActor("EDITOR", "Tally Editor");
  ana = await makeActor("CHECKER", "Ana Tally");
  ben = await makeActor("CHECKER", "Ben Tally");
});

/** The tally's non-zero rows for `people`, as "checker status verdict count". */
async function tallied(people: Actor[]): Promise<string[]> {
  const rows = await db.claimTally.findMany({
    where: { createdById: { in: people.map((p) => p.id) }, count: { not: 0 } },
  });
  return rows.map((r) => `${nameOf(r.createdById)} ${r.status} ${r.verdict || "-"} ${r.count}`).sort();
}

/** The same, counted from the claims. */
async function counted(people: Actor[]): Promise<string[]> {
  const grouped = await db.claim.groupBy({
    by: ["createdById", "status", "verdict"],
    where: { createdById: { in: people.map((p) => p.id) } },
    _count: { _all: true },
  });
  return grouped.map((g) => `${nameOf(g.createdById)} ${g.status} ${g.verdict ?? "-"} ${g._count._all}`).sort();
}

const nameOf = (id: string) => (id === ana.id ? "ana" : id === ben.id ? "ben" : id);

async function articleWithClaims(by: Actor, verdicts: (string | undefined)[]) {
  const article = await createArticle(db, { createdById: by.id, title: "Tally story", body: BODY });
  const claims = [];
  for (const [i, verdict] of verdicts.entries())
    claims.push(await createClaimOnQuote(db, { articleId: article.id, quote: QUOTES[i]!, userId: by.id, verdict }));
  return { article, claims };
}

describe("the claim tally", () => {
  it("counts new claims by checker, status and verdict", async () => {
    await articleWithClaims(ana, ["false", "false", undefined]);
    await articleWithClaims(ben, ["true"]);
    expect(await tallied([ana, ben])).toEqual(["ana DRAFT - 1", "ana DRAFT false 2", "ben DRAFT true 1"]);
    expect(await tallied([ana, ben])).toEqual(await counted([ana, ben]));
  });

  it("follows status and verdict changes, one claim or many per statement, and ignores other edits", async () => {
    const { article, claims } = await articleWithClaims(ana, ["false", "false", "mixed", undefined]);
    await db.claim.update({ where: { id: claims[0]!.id }, data: { status: "IN_REVIEW", submittedAt: new Date() } });
    await db.claim.update({ where: { id: claims[3]!.id }, data: { verdict: "true" } });
    await db.claim.update({ where: { id: claims[2]!.id }, data: { rationale: "A new rationale, same verdict." } });
    await db.claim.updateMany({ where: { articleId: article.id, verdict: "false" }, data: { status: "APPROVED" } });
    expect(await tallied([ana])).toEqual(["ana APPROVED false 2", "ana DRAFT mixed 1", "ana DRAFT true 1"]);
    expect(await tallied([ana])).toEqual(await counted([ana]));
  });

  it("moves a claim between checkers when its author changes", async () => {
    const { claims } = await articleWithClaims(ana, ["false"]);
    await db.claim.update({ where: { id: claims[0]!.id }, data: { createdById: ben.id } });
    expect(await tallied([ana, ben])).toEqual(["ben DRAFT false 1"]);
  });

  it("counts down deleted claims, also those an article's deletion takes with it", async () => {
    const first = await articleWithClaims(ana, ["false", "true"]);
    const second = await articleWithClaims(ana, ["false", "false", "false"]);
    await db.claim.delete({ where: { id: first.claims[0]!.id } });
    await db.article.delete({ where: { id: second.article.id } });
    expect(await tallied([ana])).toEqual(["ana DRAFT true 1"]);
    expect(await tallied([ana])).toEqual(await counted([ana]));
  });

  it("stays right when several people change one checker's claims at once", async () => {
    const { claims } = await articleWithClaims(ana, ["false", "true", "mixed", "false"]);
    // Each in its own transaction, all at once: a submit, a verdict change and edits.
    await Promise.all(
      claims.map((claim, i) =>
        db.$transaction(async (tx) => {
          await tx.claim.update({ where: { id: claim.id }, data: { rationale: `Edited ${i}` } });
          await tx.claim.update({
            where: { id: claim.id },
            data: i % 2 ? { status: "IN_REVIEW", submittedAt: new Date() } : { verdict: "misleading" },
          });
        }),
      ),
    );
    expect(await tallied([ana])).toEqual(["ana DRAFT misleading 2", "ana IN_REVIEW false 1", "ana IN_REVIEW true 1"]);
    expect(await tallied([ana])).toEqual(await counted([ana]));
  });

  it("is what the review queue counts: per status for a checker, and the total for a verdict", async () => {
    const { claims } = await articleWithClaims(ben, ["false", "false", "true", undefined]);
    await db.claim.updateMany({
      where: { id: { in: claims.slice(0, 3).map((c) => c.id) } },
      data: { status: "IN_REVIEW", submittedAt: new Date() },
    });
    const queue = await listReviewQueue({ checkerId: ben.id }, editor);
    expect(queue.counts).toEqual({ DRAFT: 1, IN_REVIEW: 3, CHANGES_REQUESTED: 0, APPROVED: 0 });
    expect(queue.total).toBe(3);
    const falseOnly = await listReviewQueue({ checkerId: ben.id, verdict: "false" }, editor);
    expect(falseOnly.total).toBe(2);
    expect(falseOnly.items.map((i) => i.claim.id).sort()).toEqual(
      claims
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    );
    expect(falseOnly.counts.IN_REVIEW).toBe(3);
  });
});
