import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import type { ReviewQueue } from "@/lib/review/review-queue";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { listReviewQueue } from "@/server/review/list-review-queue";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const HOUR = 3600 * 1000;
const BODY =
  "Taxes fell by 40 percent. Crime is at a record low. Bus fares doubled. The bridge opened on time. Rents rose sharply.";

let editor: Actor;
let avery: Actor;
let blake: Actor;
let budget: { id: string; title: string };
let transit: { id: string; title: string };
const ids: Record<string, string> = {};

/** A claim as a checker would leave it: created, then (test set-up) moved to `status`, submitted `hoursAgo`. */
async function claim(
  name: string,
  article: { id: string },
  quote: string,
  checker: Actor,
  status: ClaimStatus,
  verdict: string,
  hoursAgo = 1,
) {
  const row = await createClaimOnQuote(db, {
    articleId: article.id,
    quote,
    userId: checker.id,
    verdict,
    rationale: `Why ${name}`,
  });
  if (status !== "DRAFT") {
    await db.claim.update({
      where: { id: row.id },
      data: { status, submittedAt: new Date(Date.now() - hoursAgo * HOUR), verdictEditedById: checker.id },
    });
  }
  ids[name] = row.id;
}

beforeAll(async () => {
  editor = await makeActor("EDITOR", "Erin Queue");
  avery = await makeActor("CHECKER", "Avery Queue");
  blake = await makeActor("CHECKER", "Blake Queue");
  const titled = ({ id, title }: { id: string; title: string }) => ({ id, title });
  budget = titled(await createArticle(db, { createdById: avery.id, title: "Budget story", body: BODY }));
  transit = titled(await createArticle(db, { createdById: blake.id, title: "Transit story", body: BODY }));
  await claim("budgetAvery", budget, "Taxes fell by 40 percent", avery, "IN_REVIEW", "false", 3);
  await claim("transitBlake", transit, "Bus fares doubled", blake, "IN_REVIEW", "mixed", 5);
  await claim("budgetBlake", budget, "Crime is at a record low", blake, "IN_REVIEW", "false", 1);
  await claim("transitAvery", transit, "The bridge opened on time", avery, "IN_REVIEW", "true", 2);
  await claim("budgetDraft", budget, "Rents rose sharply", avery, "DRAFT", "false");
  await claim("budgetApproved", budget, "The bridge opened on time", blake, "APPROVED", "false", 10);
  await claim("transitChanges", transit, "Rents rose sharply", avery, "CHANGES_REQUESTED", "false", 4);
});

/** The other integration files share this database: look only at this file's claims, on one big page. */
const EVERY = { limit: "200" };
const mine = (queue: ReviewQueue) => queue.items.map((i) => i.claim.id).filter((id) => Object.values(ids).includes(id));
const named = (...names: string[]) => names.map((n) => ids[n]);

describe("listReviewQueue", () => {
  it("lists only claims in review, oldest submission first, with article, checker and waiting time", async () => {
    const queue = await listReviewQueue(EVERY, editor);
    expect(mine(queue)).toEqual(named("transitBlake", "budgetAvery", "transitAvery", "budgetBlake"));
    const oldest = queue.items.find((i) => i.claim.id === ids.transitBlake)!;
    expect(oldest).toMatchObject({
      article: transit,
      checker: { id: blake.id, name: "Blake Queue" },
      claim: { status: "IN_REVIEW", verdict: "mixed", rationale: "Why transitBlake" },
    });
    expect(oldest.waitingSeconds).toBeGreaterThanOrEqual(5 * 3600);
    expect(oldest.waitingSeconds).toBeLessThan(5 * 3600 + 120);
  });

  it("filters by article, and counts every status within that article whatever the verdict filter", async () => {
    const byArticle = await listReviewQueue({ articleId: budget.id }, editor);
    expect(byArticle.items.map((i) => i.claim.id)).toEqual(named("budgetAvery", "budgetBlake"));
    expect(byArticle.counts).toEqual({ DRAFT: 1, IN_REVIEW: 2, CHANGES_REQUESTED: 0, APPROVED: 1 });
    expect(byArticle.total).toBe(2);

    const falseOnly = await listReviewQueue({ articleId: budget.id, verdict: "false" }, editor);
    expect(falseOnly.items.map((i) => i.claim.id)).toEqual(named("budgetAvery", "budgetBlake"));
    const trueOnly = await listReviewQueue({ articleId: budget.id, verdict: "true" }, editor);
    expect(trueOnly.items).toEqual([]);
    expect(trueOnly.counts).toEqual(byArticle.counts);
  });

  it("filters by checker, alone and with an article", async () => {
    const averys = await listReviewQueue({ checkerId: avery.id }, editor);
    expect(averys.items.map((i) => i.claim.id)).toEqual(named("budgetAvery", "transitAvery"));
    expect(averys.counts).toEqual({ DRAFT: 1, IN_REVIEW: 2, CHANGES_REQUESTED: 1, APPROVED: 0 });

    const blakeOnTransit = await listReviewQueue({ checkerId: blake.id, articleId: transit.id }, editor);
    expect(blakeOnTransit.items.map((i) => i.claim.id)).toEqual(named("transitBlake"));
    expect(blakeOnTransit.counts).toEqual({ DRAFT: 0, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 0 });
  });

  it("filters by verdict", async () => {
    const mixed = await listReviewQueue({ ...EVERY, verdict: "mixed" }, editor);
    expect(mine(mixed)).toEqual(named("transitBlake"));
    expect(mixed.items.every((i) => i.claim.verdict === "mixed")).toBe(true);
  });

  it("offers as filter options only articles and checkers with claims in review, plus the current selection", async () => {
    const quiet = await createArticle(db, { createdById: avery.id, title: "Quiet story", body: BODY });
    const { filters } = await listReviewQueue(EVERY, editor);
    expect(filters.articles).toEqual(expect.arrayContaining([budget, transit]));
    expect(filters.articles.map((a) => a.id)).not.toContain(quiet.id);
    expect(filters.checkers).toEqual(
      expect.arrayContaining([
        { id: avery.id, name: "Avery Queue" },
        { id: blake.id, name: "Blake Queue" },
      ]),
    );
    expect(filters.checkers.map((c) => c.id)).not.toContain(editor.id);

    const selected = await listReviewQueue({ articleId: quiet.id, checkerId: editor.id }, editor);
    expect(selected.items).toEqual([]);
    expect(selected.filters.articles).toContainEqual({ id: quiet.id, title: "Quiet story" });
    expect(selected.filters.checkers).toContainEqual({ id: editor.id, name: "Erin Queue" });
  });

  it("reads query strings as the filter form sends them: empty means all, a repeated parameter counts once", async () => {
    expect(mine(await listReviewQueue({ ...EVERY, articleId: "", checkerId: "", verdict: "" }, editor))).toEqual(
      mine(await listReviewQueue(EVERY, editor)),
    );
    const repeated = await listReviewQueue({ articleId: [transit.id, budget.id] }, editor);
    expect(repeated.items.map((i) => i.claim.id)).toEqual(named("transitBlake", "transitAvery"));
  });

  it("lists the claims of another status when asked, keeping the counts and offering that status's articles", async () => {
    const changes = await listReviewQueue({ ...EVERY, status: "CHANGES_REQUESTED" }, editor);
    expect(changes.status).toBe("CHANGES_REQUESTED");
    expect(mine(changes)).toEqual(named("transitChanges"));
    expect(changes.filters.articles).toContainEqual(transit);
    expect(changes.filters.articles).not.toContainEqual(budget);

    const approved = await listReviewQueue({ status: "APPROVED", articleId: budget.id }, editor);
    expect(approved.items.map((i) => i.claim.id)).toEqual(named("budgetApproved"));
    expect(approved.total).toBe(1);
    expect(approved.counts).toEqual({ DRAFT: 1, IN_REVIEW: 2, CHANGES_REQUESTED: 0, APPROVED: 1 });
    expect((await listReviewQueue({ status: "" }, editor)).status).toBe("IN_REVIEW");

    const error = await rejection(listReviewQueue({ status: "PUBLISHED" }, editor));
    expect(error.fields?.status?.[0]).toMatch(/Choose a status/);
  });

  it("pages through the queue in its order, each claim once, and counts every page's claims in total", async () => {
    const pages = async (query: Record<string, string>, limit: number) => {
      const seen: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: ReviewQueue = await listReviewQueue(
          { ...query, limit: String(limit), ...(cursor && { cursor }) },
          editor,
        );
        seen.push(page.items.map((i) => i.claim.id));
        expect(page.total).toBe(query.status ? 1 : 2);
        cursor = page.nextCursor;
      } while (cursor && seen.length < 10);
      return seen;
    };
    expect(await pages({ checkerId: avery.id }, 1)).toEqual([named("budgetAvery"), named("transitAvery")]);
    expect(await pages({ checkerId: blake.id }, 1)).toEqual([named("transitBlake"), named("budgetBlake")]);
    expect(await pages({ articleId: budget.id }, 5)).toEqual([named("budgetAvery", "budgetBlake")]);
    expect(await pages({ articleId: transit.id, status: "CHANGES_REQUESTED" }, 1)).toEqual([named("transitChanges")]);
  });

  it("refuses a cursor made for another status", async () => {
    const { nextCursor } = await listReviewQueue({ checkerId: avery.id, limit: "1" }, editor);
    expect(nextCursor).not.toBeNull();
    const error = await rejection(listReviewQueue({ status: "APPROVED", cursor: nextCursor }, editor));
    expect(error.fields?.cursor?.[0]).toMatch(/another status/);
  });

  it("refuses a verdict that is not on the scale", async () => {
    const error = await rejection(listReviewQueue({ verdict: "pants_on_fire" }, editor));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields?.verdict?.[0]).toMatch(/Choose a verdict/);
  });

  it("is for editors and admins only", async () => {
    const error = await rejection(listReviewQueue({}, avery));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/review\.queue/);
    const admin = await makeActor("ADMIN");
    expect(mine(await listReviewQueue(EVERY, admin))).toHaveLength(4);
  });
});
