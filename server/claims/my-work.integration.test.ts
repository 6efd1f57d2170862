import { beforeAll, describe, expect, it } from "vitest";
import { myWork } from "@/server/claims/my-work";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY =
  "One said taxes fell. Two said jobs rose. Three said crime dropped. Four said rents froze. Five said wages grew.";

let casey: Actor;
let editor: Actor;
let article: { id: string; title: string };

beforeAll(async () => {
  casey = await makeActor("CHECKER", "Casey Checker");
  editor = await makeActor("EDITOR", "Erin Editor");
  const created = await createArticle(db, { createdById: editor.id, body: BODY, title: "City figures" });
  article = { id: created.id, title: created.title };
});

async function claim(
  quote: string,
  by: Actor,
  data: { status?: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED"; assigneeId?: string } = {},
) {
  const c = await createClaimOnQuote(db, { articleId: article.id, quote, userId: by.id });
  return db.claim.update({ where: { id: c.id }, data });
}

describe("myWork", () => {
  it("groups the person's claims: assigned (not approved), drafts, sent back and waiting for review", async () => {
    const assignedDraft = await claim("taxes fell", editor, { assigneeId: casey.id });
    const ownDraft = await claim("jobs rose", casey);
    const sentBack = await claim("crime dropped", editor, { status: "CHANGES_REQUESTED", assigneeId: casey.id });
    const waiting = await claim("rents froze", casey, { status: "IN_REVIEW" });
    await claim("wages grew", editor, { status: "APPROVED", assigneeId: casey.id });

    const work = await myWork(casey);
    const ids = (items: { claimId: string }[]) => items.map((i) => i.claimId).sort();
    expect(ids(work.assigned)).toEqual([assignedDraft.id, sentBack.id].sort());
    expect(ids(work.drafts)).toEqual([assignedDraft.id, ownDraft.id].sort());
    expect(ids(work.changesRequested)).toEqual([sentBack.id]);
    expect(ids(work.inReview)).toEqual([waiting.id]);
    expect(work.totals).toEqual({ assigned: 2, drafts: 2, changesRequested: 1, inReview: 1 });
    expect(work.changesRequested[0]).toEqual({
      claimId: sentBack.id,
      number: sentBack.number,
      quote: "crime dropped",
      article,
      status: "CHANGES_REQUESTED",
      verdict: null,
      updatedAt: sentBack.updatedAt.toISOString(),
      href: `/articles/${article.id}?claim=${sentBack.number}`,
    });
  });

  it("holds nothing of other people's for someone with no work", async () => {
    const newcomer = await makeActor("CHECKER");
    const work = await myWork(newcomer);
    expect(work.totals).toEqual({ assigned: 0, drafts: 0, changesRequested: 0, inReview: 0 });
  });

  it("counts and lists once a claim that is both theirs and assigned to them, newest first", async () => {
    const dana = await makeActor("CHECKER", "Dana Double");
    const both = await claim("taxes fell", dana, { assigneeId: dana.id });
    const own = await claim("jobs rose", dana);
    const handedOver = await claim("crime dropped", editor, { assigneeId: dana.id });
    await db.claim.update({ where: { id: own.id }, data: { rationale: "Touched last." } });

    const work = await myWork(dana);
    expect(work.drafts.map((i) => i.claimId)).toEqual([own.id, handedOver.id, both.id]);
    expect(work.assigned.map((i) => i.claimId)).toEqual([handedOver.id, both.id]);
    expect(work.totals).toEqual({ assigned: 2, drafts: 3, changesRequested: 0, inReview: 0 });
  });
});
