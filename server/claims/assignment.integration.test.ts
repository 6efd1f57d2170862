import { beforeAll, describe, expect, it } from "vitest";
import { updateClaim } from "@/server/claims/update-claim";
import { claimHistory } from "@/server/claims/claim-history";
import { addSource } from "@/server/sources/add-source";
import { submitClaim } from "@/server/review/submit-claim";
import { listPeople } from "@/server/users/list-people";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The council met twice.";

let editor: Actor;
let casey: Actor;
let dana: Actor;

beforeAll(async () => {
  editor = await makeActor("EDITOR", "Erin Editor");
  casey = await makeActor("CHECKER", "Casey Checker");
  dana = await makeActor("CHECKER", "Dana Checker");
});

/** A fresh claim written by the editor, so a checker owns it only by assignment. */
async function editorsClaim(quote = "taxes fell by 40 percent") {
  const article = await createArticle(db, { createdById: editor.id, body: BODY });
  return createClaimOnQuote(db, { articleId: article.id, quote, userId: editor.id });
}

describe("assigning a claim", () => {
  it("lets an editor assign a checker, recording it in history and notifying the checker", async () => {
    const claim = await editorsClaim();
    const assigned = await updateClaim(claim.id, { version: 1, assigneeId: casey.id }, editor);
    expect(assigned).toMatchObject({ assignee: { id: casey.id, name: "Casey Checker" }, version: 2 });

    const history = await claimHistory(claim.id, editor);
    expect(history.at(-1)).toMatchObject({
      action: "ASSIGNED",
      actor: { name: "Erin Editor" },
      changes: { assignee: { before: null, after: { id: casey.id, name: "Casey Checker" } } },
    });
    const notes = await db.notification.findMany({ where: { claimId: claim.id } });
    expect(notes).toMatchObject([
      { userId: casey.id, kind: "ASSIGNED", actorId: editor.id, articleId: claim.articleId },
    ]);
  });

  it("lets the assigned checker edit, add sources to and submit a claim someone else created", async () => {
    const claim = await editorsClaim();
    await updateClaim(claim.id, { version: 1, assigneeId: casey.id }, editor);
    await updateClaim(claim.id, { version: 2, verdict: "false", rationale: "The audit shows 12%." }, casey);
    await addSource(claim.id, { url: "https://example.org/audit", title: "Audit", stance: "REFUTES" }, casey);
    expect(await submitClaim(claim.id, casey)).toMatchObject({ status: "IN_REVIEW" });
    // Not assigned to Dana: her edit is refused as before.
    const refused = await rejection(updateClaim(claim.id, { version: 4, claimant: "Dana" }, dana));
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("lets a checker take an unassigned claim and hand it back, without notifying themselves", async () => {
    const claim = await editorsClaim();
    const taken = await updateClaim(claim.id, { version: 1, assigneeId: casey.id }, casey);
    expect(taken.assignee).toEqual({ id: casey.id, name: "Casey Checker" });
    const back = await updateClaim(claim.id, { version: 2, assigneeId: null }, casey);
    expect(back.assignee).toBeNull();

    const events = (await claimHistory(claim.id, casey)).filter((e) => e.action === "ASSIGNED");
    expect(events.map((e) => e.changes.assignee)).toEqual([
      { before: null, after: { id: casey.id, name: "Casey Checker" } },
      { before: { id: casey.id, name: "Casey Checker" }, after: null },
    ]);
    expect(await db.notification.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a checker who assigns someone else or takes a claim another checker holds", async () => {
    const claim = await editorsClaim();
    const other = await rejection(updateClaim(claim.id, { version: 1, assigneeId: dana.id }, casey));
    expect(other).toMatchObject({ code: "FORBIDDEN" });
    expect(other.message).toMatch(/only an editor can assign it to someone else/);

    await updateClaim(claim.id, { version: 1, assigneeId: dana.id }, editor);
    const held = await rejection(updateClaim(claim.id, { version: 2, assigneeId: casey.id }, casey));
    expect(held.message).toBe("This claim is assigned to Dana Checker. Only an editor can reassign it.");
    const unassign = await rejection(updateClaim(claim.id, { version: 2, assigneeId: null }, casey));
    expect(unassign.code).toBe("FORBIDDEN");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(dana.id);
  });

  it("refuses a deactivated or unknown assignee on the assigneeId field", async () => {
    const claim = await editorsClaim();
    const gone = await makeActor("CHECKER", "Gone Checker");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const deactivated = await rejection(updateClaim(claim.id, { version: 1, assigneeId: gone.id }, editor));
    expect(deactivated).toMatchObject({ code: "UNPROCESSABLE", fields: { assigneeId: [expect.any(String)] } });
    const unknown = await rejection(updateClaim(claim.id, { version: 1, assigneeId: "no-such-user" }, editor));
    expect(unknown.fields?.assigneeId).toEqual(["No person with this id works on the desk."]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("refuses a stale version with the 409 naming who changed the claim", async () => {
    const claim = await editorsClaim();
    await updateClaim(claim.id, { version: 1, claimant: "The mayor" }, editor);
    const stale = await rejection(updateClaim(claim.id, { version: 1, assigneeId: casey.id }, editor));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/^Erin Editor changed this claim/);
  });

  it("saves fields and the assignee in one request as two history events, and appends a claim.assigned desk event", async () => {
    const claim = await editorsClaim();
    await updateClaim(claim.id, { version: 1, claimant: "The mayor", assigneeId: dana.id }, editor);
    const actions = (await claimHistory(claim.id, editor)).map((e) => e.action);
    expect(actions).toEqual(["CREATED", "UPDATED", "ASSIGNED"]);
    const desk = await db.deskEvent.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" } });
    expect(desk.map((e) => e.type)).toContain("claim.assigned");
  });

  it("keeps an approved claim locked against assignment", async () => {
    const claim = await editorsClaim();
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    const locked = await rejection(updateClaim(claim.id, { version: 1, assigneeId: casey.id }, editor));
    expect(locked.code).toBe("CONFLICT");
  });
});

describe("listPeople", () => {
  it("lists active people by name with their email and role, never deactivated ones", async () => {
    const gone = await makeActor("CHECKER", "Aaron Gone");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const people = await listPeople(casey);
    expect(people.map((p) => p.id)).not.toContain(gone.id);
    expect(people).toContainEqual({ id: dana.id, name: "Dana Checker", email: dana.email, role: "CHECKER" });
    const at = (id: string) => people.findIndex((p) => p.id === id);
    expect([at(casey.id), at(dana.id), at(editor.id)]).toEqual(
      [...[at(casey.id), at(dana.id), at(editor.id)]].sort((a, b) => a - b),
    );
    expect(Object.keys(people[0] ?? {}).sort()).toEqual(["email", "id", "name", "role"]);
  });
});
