// The DeskEvent log is written by triggers: every service that changes what someone on an
// article sees leaves exactly the event the live stream sends, in the same transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/create-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { addComment } from "@/server/comments/add-comment";
import { submitClaim } from "@/server/review/submit-claim";
import { approveClaim } from "@/server/review/approve-claim";
import { reopenClaim } from "@/server/review/reopen-claim";
import { createRevision } from "@/server/articles/revisions/create-revision";
import { publishArticle } from "@/server/publish/publish-article";
import { unpublishArticle } from "@/server/publish/unpublish-article";
import { createArticle as createArticleService } from "@/server/articles/create-article";
import { deleteArticle } from "@/server/articles/delete-article";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { createArticle } from "@/prisma/seed/factories";
import { readDeskEvents } from "@/server/live/desk-events";
import { runOnPool } from "@/server/live/live-hub";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";
let checker: Actor, editor: Actor;

beforeAll(async () => {
  [checker, editor] = await Promise.all([makeActor("CHECKER", "Casey Checker"), makeActor("EDITOR", "Erin Editor")]);
});

const newArticle = async () => (await createArticle(db, { createdById: checker.id, body: BODY })).id;
const allEventsOf = async (articleId: string) =>
  (await readDeskEvents(runOnPool, { after: 0, articleId })).map(({ type, claimId, actor, data }) => ({
    type,
    claimId,
    actor: actor?.name ?? null,
    data,
  }));
// Every article's log opens with its article.created, which has a test of its own.
const eventsOf = async (articleId: string) =>
  (await allEventsOf(articleId)).filter((e) => e.type !== "article.created");

describe("the desk event log", () => {
  it("records each claim change as the event a live page applies, with its actor", async () => {
    const articleId = await newArticle();
    const claim = await createClaim(
      articleId,
      { target: { selector: [{ type: "TextQuoteSelector", exact: "taxes fell by 40 percent" }] } },
      checker,
    );
    const updated = await updateClaim(
      claim.id,
      { version: 1, verdict: "mostly_false", rationale: "Budget documents show 12 percent." },
      checker,
    );
    const source = await addSource(
      claim.id,
      { url: "https://city.example/budget", title: "City budget 2016", stance: "REFUTES" },
      checker,
    );
    await addComment(claim.id, { body: "Asked the press office." }, editor);
    await submitClaim(claim.id, checker);
    await approveClaim(claim.id, editor);
    await reopenClaim(claim.id, { reason: "The city revised its figures." }, editor);
    await removeSource(source.id, editor);
    await deleteClaim(claim.id, editor);

    const on = { claimId: claim.id };
    expect(updated.version).toBe(2);
    expect(await eventsOf(articleId)).toEqual([
      { ...on, type: "claim.created", actor: "Casey Checker", data: { action: "created", number: 1 } },
      {
        ...on,
        type: "claim.updated",
        actor: "Casey Checker",
        data: { action: "updated", number: 1, fields: ["rationale", "verdict"] },
      },
      { ...on, type: "source.added", actor: "Casey Checker", data: { action: "source_added", number: 1 } },
      { ...on, type: "comment.added", actor: "Erin Editor", data: { action: "commented", number: 1 } },
      {
        ...on,
        type: "claim.status",
        actor: "Casey Checker",
        data: { action: "submitted", number: 1, status: "IN_REVIEW" },
      },
      {
        ...on,
        type: "claim.status",
        actor: "Erin Editor",
        data: { action: "approved", number: 1, status: "APPROVED" },
      },
      // The approval tells the claim's creator, in the same commit (server/notifications).
      { ...on, type: "notification.created", actor: "Erin Editor", data: { userId: checker.id, kind: "approved" } },
      { ...on, type: "claim.status", actor: "Erin Editor", data: { action: "reopened", number: 1, status: "DRAFT" } },
      { ...on, type: "source.removed", actor: "Erin Editor", data: { action: "source_removed", number: 1 } },
      // The claim's row is gone when the deletion commits: its id names it.
      { ...on, type: "claim.deleted", actor: "Erin Editor", data: { action: "deleted" } },
    ]);
  });

  it("records new revisions (with the claims they moved) and publishing", async () => {
    const articleId = await newArticle();
    const claim = await createClaim(
      articleId,
      { target: { selector: [{ type: "TextQuoteSelector", exact: "Critics disagree" }] } },
      checker,
    );
    await createRevision(articleId, { format: "text", body: `UPDATED 9:40 a.m. ${BODY}` }, editor);
    await publishArticle(articleId, editor);
    await unpublishArticle(articleId, editor);

    const events = await eventsOf(articleId);
    expect(events.map((e) => e.type)).toEqual([
      "claim.created",
      "revision.created",
      "claim.reanchored",
      "article.published",
      "article.unpublished",
    ]);
    expect(events[1]).toEqual({ type: "revision.created", claimId: null, actor: "Erin Editor", data: { revision: 2 } });
    expect(events[2]).toMatchObject({ claimId: claim.id, data: { number: 1, revision: 2 } });
    expect(events[3]).toMatchObject({ actor: "Erin Editor", data: { slug: expect.any(String) } });
    expect(events[4]).toEqual({ type: "article.unpublished", claimId: null, actor: null, data: {} });
  });

  it("records an article's creation and deletion, for the articles list", async () => {
    const created = await createArticleService({ title: "Bridge costs", body: BODY, format: "text" }, checker);
    await createClaim(
      created.id,
      { target: { selector: [{ type: "TextQuoteSelector", exact: "Critics disagree" }] } },
      checker,
    );
    await deleteArticle(created.id, editor);

    const events = await allEventsOf(created.id);
    expect(events[0]).toEqual({ type: "article.created", claimId: null, actor: "Casey Checker", data: {} });
    expect(events.at(-1)).toEqual({ type: "article.deleted", claimId: null, actor: null, data: {} });
  });

  it("writes nothing for a change that is rolled back", async () => {
    const articleId = await newArticle();
    await expect(
      db.$transaction(async (tx) => {
        await tx.article.update({ where: { id: articleId }, data: { publicSlug: `rolled-back-${articleId}` } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await eventsOf(articleId)).toEqual([]);
  });
});
