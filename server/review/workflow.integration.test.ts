import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/create-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { claimHistory } from "@/server/claims/claim-history";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { addComment } from "@/server/comments/add-comment";
import { listComments } from "@/server/comments/list-comments";
import { submitClaim } from "@/server/review/submit-claim";
import { approveClaim } from "@/server/review/approve-claim";
import { requestChanges } from "@/server/review/request-changes";
import { reopenClaim } from "@/server/review/reopen-claim";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle } from "@/prisma/seed/factories";

let checker: Actor, otherChecker: Actor, editorA: Actor, editorB: Actor, admin: Actor;
let articleId: string;
const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";

beforeAll(async () => {
  [checker, otherChecker, editorA, editorB, admin] = await Promise.all([
    makeActor("CHECKER", "Casey Checker"),
    makeActor("CHECKER", "Olive Other"),
    makeActor("EDITOR", "Erin Editor"),
    makeActor("EDITOR", "Eli Second"),
    makeActor("ADMIN", "Alex Admin"),
  ]);
  articleId = (await createArticle(db, { createdById: checker.id, body: BODY })).id;
});

const newClaim = (exact = "taxes fell by 40 percent") =>
  createClaim(articleId, { target: { selector: [{ type: "TextQuoteSelector", exact }] } }, checker);

async function readyClaim() {
  const claim = await newClaim();
  await updateClaim(
    claim.id,
    { version: 1, verdict: "mostly_false", rationale: "Budget documents show 12 percent." },
    checker,
  );
  await addSource(
    claim.id,
    { url: "https://city.example/budget", title: "City budget 2016", stance: "REFUTES" },
    checker,
  );
  return claim.id;
}

describe("submit", () => {
  it("names everything that is missing", async () => {
    const claim = await newClaim();
    const error = await rejection(submitClaim(claim.id, checker));
    expect(error).toMatchObject({
      code: "UNPROCESSABLE",
      message: "Before submitting for review, add a verdict, a rationale and at least one source.",
    });
  });

  it("is refused on another checker's claim, allowed on one's own, and only once", async () => {
    const id = await readyClaim();
    expect((await rejection(submitClaim(id, otherChecker))).code).toBe("FORBIDDEN");
    const submitted = await submitClaim(id, checker);
    expect(submitted).toMatchObject({ status: "IN_REVIEW", version: 3 });
    expect(submitted.submittedAt).not.toBeNull();
    const again = await rejection(submitClaim(id, checker));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/^This claim is in review \(Casey Checker, .* UTC\), so you cannot submit it now/);
  });
});

describe("review", () => {
  it("runs the whole loop: request changes, fix, resubmit, approve, lock, reopen", async () => {
    const id = await readyClaim();
    await submitClaim(id, checker);

    expect((await rejection(approveClaim(id, checker))).code).toBe("FORBIDDEN");
    const noComment = await rejection(requestChanges(id, { comment: "  " }, editorA));
    expect(noComment.fields).toEqual({ comment: ["A comment saying what needs to change is required."] });

    const sentBack = await requestChanges(id, { comment: "Cite the audited figure, not the draft budget." }, editorA);
    expect(sentBack).toMatchObject({ status: "CHANGES_REQUESTED", reviewedBy: { name: "Erin Editor" } });

    await updateClaim(
      id,
      { version: sentBack.version, rationale: "The audited accounts show a 12 percent fall." },
      checker,
    );
    await submitClaim(id, checker);
    const approved = await approveClaim(id, editorB);
    expect(approved).toMatchObject({ status: "APPROVED", reviewedBy: { name: "Eli Second" } });

    const source = (await db.source.findFirstOrThrow({ where: { claimId: id } })).id;
    // One at a time: each attempt must meet the lock on its own.
    for (const attempt of [
      () => updateClaim(id, { version: approved.version, verdict: "false" }, checker),
      () => addSource(id, { url: "https://example.org", title: "x", stance: "CONTEXT" }, editorA),
      () => removeSource(source, checker),
      () => deleteClaim(id, admin),
    ]) {
      const error = await rejection(attempt());
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/approved and locked/);
    }

    expect((await rejection(reopenClaim(id, { reason: "New figures" }, checker))).code).toBe("FORBIDDEN");
    expect((await rejection(reopenClaim(id, {}, editorA))).fields).toEqual({
      reason: ["A reason for reopening is required."],
    });
    expect(await reopenClaim(id, { reason: "The city restated its accounts." }, editorA)).toMatchObject({
      status: "DRAFT",
    });

    const thread = await listComments(id, checker);
    expect(thread.map((c) => [c.kind, c.author.name, c.body])).toEqual([
      ["CHANGES_REQUESTED", "Erin Editor", "Cite the audited figure, not the draft budget."],
      ["REOPENED", "Erin Editor", "The city restated its accounts."],
    ]);
    const history = await claimHistory(id, checker);
    expect(history.map((e) => `${e.action}:${e.actor.name}`)).toEqual([
      "CREATED:Casey Checker",
      "UPDATED:Casey Checker",
      "SOURCE_ADDED:Casey Checker",
      "SUBMITTED:Casey Checker",
      "CHANGES_REQUESTED:Erin Editor",
      "UPDATED:Casey Checker",
      "SUBMITTED:Casey Checker",
      "APPROVED:Eli Second",
      "REOPENED:Erin Editor",
    ]);
    expect(history[4]!.changes).toEqual({
      status: { before: "IN_REVIEW", after: "CHANGES_REQUESTED" },
      comment: { before: null, after: "Cite the audited figure, not the draft budget." },
    });
    expect(history[1]!.changes).toEqual({
      verdict: { before: null, after: "mostly_false" },
      rationale: { before: null, after: "Budget documents show 12 percent." },
    });
    expect(history[7]!.changes).toEqual({ status: { before: "IN_REVIEW", after: "APPROVED" } });
  });

  it("keeps the two-person rule, for admins too", async () => {
    const id = await readyClaim();
    await submitClaim(id, checker);
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    await updateClaim(id, { version: claim.version, rationale: "Tightened by the admin." }, admin);
    const refused = await rejection(approveClaim(id, admin));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/two-person rule/);
    // Changing the claimant alone does not make someone the verdict's author.
    const current = await db.claim.findUniqueOrThrow({ where: { id } });
    await updateClaim(id, { version: current.version, claimant: "Mayor Dana Reyes" }, editorA);
    expect((await approveClaim(id, editorA)).status).toBe("APPROVED");
  });

  it("lets exactly one of two editors acting at once win", async () => {
    const id = await readyClaim();
    await submitClaim(id, checker);
    const results = await Promise.allSettled([
      approveClaim(id, editorA),
      requestChanges(id, { comment: "Needs a second source." }, editorB),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason.code)).toEqual(["CONFLICT"]);
    const events = await db.claimEvent.count({
      where: { claimId: id, action: { in: ["APPROVED", "CHANGES_REQUESTED"] } },
    });
    expect(events).toBe(1);
  });
});

describe("comments and history", () => {
  it("keeps comments as plain text, within 10 kB", async () => {
    const claim = await newClaim("Critics disagree");
    const comment = await addComment(claim.id, { body: "  <b>Check</b> the\u0007 audit\n" }, otherChecker);
    expect(comment).toMatchObject({ body: "<b>Check</b> the audit", kind: "NOTE", author: { name: "Olive Other" } });
    expect((await rejection(addComment(claim.id, { body: "the\u0000 audit" }, checker))).fields?.body).toEqual([
      expect.stringMatching(/NUL character/),
    ]);
    expect((await rejection(addComment(claim.id, { body: "x".repeat(10 * 1024 + 1) }, checker))).code).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    expect((await rejection(addComment(claim.id, { body: "" }, checker))).fields).toEqual({
      body: ["A comment is required."],
    });
    expect((await rejection(addComment("missing", { body: "hi" }, checker))).code).toBe("NOT_FOUND");
  });

  it("keeps the history of a deleted claim, and the database refuses to rewrite it", async () => {
    const claim = await newClaim("The bridge cost twice its budget");
    await deleteClaim(claim.id, checker);
    const history = await claimHistory(claim.id, editorA);
    expect(history.map((e) => e.action)).toEqual(["CREATED", "DELETED"]);
    expect(history[1]!.changes.exact).toEqual({ before: "The bridge cost twice its budget", after: null });

    const event = history[0]!.id;
    await expect(
      db.$executeRaw`UPDATE "ClaimEvent" SET "actorId" = ${editorA.id} WHERE "id" = ${event}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "ClaimEvent" WHERE "id" = ${event}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "ClaimEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.claimEvent.count({ where: { claimId: claim.id } })).toBe(2);
  });
});
