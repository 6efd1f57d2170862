// Notifications on a real PostgreSQL: who is told of a mention, a review decision and a revision
// that changed a claim's words (and who never is).
import { beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/server/comments/add-comment";
import { submitClaim } from "@/server/review/submit-claim";
import { approveClaim } from "@/server/review/approve-claim";
import { requestChanges } from "@/server/review/request-changes";
import { createRevision } from "@/server/articles/revisions/create-revision";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";
let checker: Actor, assignee: Actor, erin: Actor, editor: Actor, x: Actor;

beforeAll(async () => {
  [checker, assignee, erin, editor] = await Promise.all([
    makeActor("CHECKER", "Casey Checker"),
    makeActor("CHECKER", "Asa Assignee"),
    makeActor("EDITOR", "Erin Editor"),
    makeActor("EDITOR", "Eli Reviewer"),
  ]);
  const user = await createUser(db, { name: "Xavier Ex", email: "x@example.org" });
  x = { id: user.id, name: user.name, email: user.email, role: user.role };
});

async function claimOf(creator: Actor, { quote = "taxes fell by 40 percent last year", assigned = false } = {}) {
  const article = await createArticle(db, { createdById: creator.id, body: BODY });
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote, userId: creator.id });
  if (assigned) await db.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id } });
  return { articleId: article.id, claimId: claim.id, number: claim.number };
}

const notesFor = (claimId: string) =>
  db.notification.findMany({
    where: { claimId },
    orderBy: { createdAt: "asc" },
    select: { userId: true, kind: true, actorId: true, data: true },
  });

async function inReview(creator: Actor) {
  const claim = await claimOf(creator, { assigned: true });
  // A third person wrote the verdict, so the two-person rule never decides these tests.
  await db.claim.update({
    where: { id: claim.claimId },
    data: { verdict: "false", rationale: "Audit shows 12%.", status: "IN_REVIEW", verdictEditedById: checker.id },
  });
  return claim;
}

describe("mentions", () => {
  it("tells each active person mentioned, once, never the author, deactivated or unknown people", async () => {
    const gone = await createUser(db, { name: "Gone Person", email: "gone@example.org" });
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const { claimId } = await claimOf(checker);
    const comment = await addComment(
      claimId,
      {
        body: "@Erin Editor and @x@example.org: please look. Also @Erin Editor again, @Casey Checker (me), @Gone Person, @Nobody Known, and foo@x@example.org.",
      },
      checker,
    );
    const notes = await notesFor(claimId);
    expect(notes.filter((n) => n.userId === erin.id)).toEqual([
      { userId: erin.id, kind: "MENTIONED", actorId: checker.id, data: { commentId: comment.id } },
    ]);
    expect(notes.filter((n) => n.userId === x.id)).toHaveLength(1);
    expect(notes.filter((n) => [checker.id, gone.id].includes(n.userId))).toEqual([]);
  });

  it("counts mentions in a request for changes too", async () => {
    const { claimId } = await inReview(checker);
    await requestChanges(claimId, { comment: "@x@example.org has the audit." }, editor);
    const notes = await notesFor(claimId);
    expect(notes.filter((n) => n.userId === x.id).map((n) => n.kind)).toEqual(["MENTIONED"]);
  });

  it("stores nothing when the comment is refused", async () => {
    const { claimId } = await claimOf(checker);
    await rejection(addComment(claimId, { body: `@Erin Editor ${"x".repeat(11 * 1024)}` }, checker));
    expect(await notesFor(claimId)).toEqual([]);
  });
});

describe("review decisions", () => {
  it("approval tells the claim's creator and assignee, not the reviewer", async () => {
    const { claimId } = await inReview(editor);
    await approveClaim(claimId, erin);
    const notes = await notesFor(claimId);
    expect(notes.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [editor.id, "APPROVED"],
        [assignee.id, "APPROVED"],
      ].sort(),
    );
  });

  it("a request for changes tells creator and assignee, never the editor who sent it", async () => {
    const { claimId } = await inReview(checker);
    await requestChanges(claimId, { comment: "Second source, please." }, editor);
    const notes = await notesFor(claimId);
    expect(notes.map((n) => [n.userId, n.kind, n.actorId]).sort()).toEqual(
      [
        [checker.id, "CHANGES_REQUESTED", editor.id],
        [assignee.id, "CHANGES_REQUESTED", editor.id],
      ].sort(),
    );
  });

  it("submitting tells no one", async () => {
    const { claimId } = await claimOf(checker);
    await db.claim.update({ where: { id: claimId }, data: { verdict: "false", rationale: "Audit." } });
    await db.source.create({
      data: { claimId, url: "https://example.org/a", title: "A", stance: "REFUTES", addedById: checker.id },
    });
    await submitClaim(claimId, checker);
    expect(await notesFor(claimId)).toEqual([]);
  });
});

describe("revisions", () => {
  it("tells creator and assignee once when a revision changes a claim's words, not when it only moves them", async () => {
    const changed = await claimOf(checker, { assigned: true });
    const article = await db.article.findUniqueOrThrow({ where: { id: changed.articleId } });
    const moved = await createClaimOnQuote(db, {
      articleId: article.id,
      quote: "The bridge cost twice its budget",
      userId: checker.id,
    });
    await createRevision(
      article.id,
      { format: "text", body: `UPDATE. ${BODY.replace("40 percent", "45 percent")}`, note: "Correction" },
      editor,
    );
    const notes = await notesFor(changed.claimId);
    expect(notes.map((n) => [n.userId, n.kind, n.data]).sort()).toEqual(
      [
        [checker.id, "REVISION_CHANGED", { revision: 2 }],
        [assignee.id, "REVISION_CHANGED", { revision: 2 }],
      ].sort(),
    );
    expect(await notesFor(moved.id)).toEqual([]);
  });

  it("tells them when the claim's words are gone from the article", async () => {
    const { articleId, claimId } = await claimOf(checker, { quote: "Critics disagree" });
    await createRevision(
      articleId,
      { format: "text", body: BODY.replace(" Critics disagree.", ""), note: "Cut" },
      editor,
    );
    expect((await notesFor(claimId)).map((n) => [n.userId, n.kind])).toEqual([[checker.id, "REVISION_CHANGED"]]);
  });
});
