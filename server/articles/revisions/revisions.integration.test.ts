// Revisions on real PostgreSQL: the new text, every claim's anchor and the review consequences
// are written together or not at all.
import { beforeAll, describe, expect, it } from "vitest";
import { createRevision } from "@/server/articles/revisions/create-revision";
import { diffRevisions } from "@/server/articles/revisions/diff-revisions";
import { getRevision, listRevisions } from "@/server/articles/revisions/list-revisions";
import { deleteArticle } from "@/server/articles/delete-article";
import { getArticle } from "@/server/articles/get-article";
import { anchorClaim } from "@/server/claims/anchor-claim";
import { claimHistory } from "@/server/claims/claim-history";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY =
  "The mayor said taxes fell by 40 percent last year. Critics disagree, citing the audited accounts.\n\n" +
  "The council added that crime fell too. Some critics disagree with that as well.";

let checker: Actor;
let editor: Actor;
beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
  editor = await makeActor("EDITOR", "Erin Editor");
});

async function articleWith(quotes: string[], approved: string[] = []) {
  const article = await createArticle(db, { createdById: checker.id, body: BODY });
  const claims = [];
  for (const quote of quotes) {
    const claim = await createClaimOnQuote(db, { articleId: article.id, quote, userId: checker.id, verdict: "false" });
    if (approved.includes(quote)) await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    claims.push(claim);
  }
  return { article, claims };
}

const revise = (articleId: string, body: string, options?: { dryRun?: boolean }) =>
  createRevision(articleId, { format: "text", body, note: "Correction" }, checker, options);

describe("createRevision", () => {
  it("keeps moved words exact, at their new place, without touching their review status", async () => {
    const { article, claims } = await articleWith(
      ["Critics disagree, citing the audited accounts"],
      ["Critics disagree, citing the audited accounts"],
    );
    const result = await revise(article.id, `UPDATED 9:40 a.m. ${BODY}`);
    expect(result.reanchor).toEqual({ exact: 1, fuzzy: 0, orphaned: 0 });
    if (result.dryRun) throw new Error("saved");
    expect(result.revision).toMatchObject({ number: 2, source: "paste", note: "Correction" });

    const view = await getArticle(article.id, checker);
    expect(view.revision).toBe(2);
    const [claim] = view.claims;
    const [quote, position] = claim!.target.selector;
    expect(view.contentText.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.exact).toBe("Critics disagree, citing the audited accounts");
    expect(position.start).toBe(claims[0]!.startOffset + "UPDATED 9:40 a.m. ".length);
    expect(claim!.anchor).toEqual({ status: "exact", score: 1, revision: 2 });
    expect(claim!.status).toBe("APPROVED");
    const history = await claimHistory(claim!.id, checker);
    expect(history.at(-1)).toMatchObject({ action: "REANCHORED", changes: { revision: { before: 1, after: 2 } } });
  });

  it("flags lightly edited words as fuzzy, and sends an approved claim back to review with a comment", async () => {
    const { article, claims } = await articleWith(
      ["taxes fell by 40 percent last year"],
      ["taxes fell by 40 percent last year"],
    );
    await revise(article.id, BODY.replace("40 percent", "45 percent"));
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id }, include: { comments: true } });
    expect(claim).toMatchObject({
      exact: "taxes fell by 45 percent last year",
      anchorStatus: "FUZZY",
      anchorRevision: 2,
      status: "IN_REVIEW",
      version: claims[0]!.version + 1,
    });
    expect(claim.anchorScore).toBeGreaterThan(0.5);
    expect(claim.anchorScore).toBeLessThan(1);
    expect(claim.comments.map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^Revision 2 of the article changed this claim’s words: “taxes fell by 40 percent last year” → “taxes fell by 45 percent last year”/,
      ),
    ]);
  });

  it("orphans a claim whose sentence was deleted, even though the same words remain elsewhere", async () => {
    const { article, claims } = await articleWith(["critics disagree"]);
    // The claim is on the second "critics disagree" (lower case); the first, capitalised, stays.
    expect(claims[0]!.startOffset).toBe(BODY.indexOf("critics disagree"));
    await revise(article.id, BODY.replace(" Some critics disagree with that as well.", ""));
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } });
    expect(claim).toMatchObject({ anchorStatus: "ORPHANED", anchorRevision: 1, exact: "critics disagree" });
    const view = await getArticle(article.id, checker);
    expect(view.claims[0]!.anchor.status).toBe("orphaned");
  });

  it("previews with dryRun and saves nothing", async () => {
    const { article, claims } = await articleWith(["crime fell too"]);
    const result = await revise(article.id, "A whole new story about something else entirely.", { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, reanchor: { exact: 0, fuzzy: 0, orphaned: 1 } });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } })).toMatchObject({
      anchorStatus: "EXACT",
      startOffset: claims[0]!.startOffset,
    });
  });

  it("leaves the previous revision and every claim untouched when any part fails", async () => {
    const { article, claims } = await articleWith(
      ["taxes fell by 40 percent last year", "crime fell too"],
      ["taxes fell by 40 percent last year"],
    );
    // The automatic review comment is the last write of the transaction: make it fail.
    const id = claims[0]!.id;
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_comment_${id.replace(/\W/g, "")}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."claimId" = '${id}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_comment_${id.replace(/\W/g, "")} BEFORE INSERT ON "Comment" FOR EACH ROW EXECUTE FUNCTION fail_comment_${id.replace(/\W/g, "")}()`,
    );
    try {
      await expect(revise(article.id, `Intro. ${BODY.replace("40 percent", "45 percent")}`)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_comment_${id.replace(/\W/g, "")} ON "Comment"`);
    }
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { claims: true } });
    expect(after).toMatchObject({ revision: 1, contentText: article.contentText });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    for (const before of claims) {
      expect(after.claims.find((c) => c.id === before.id)).toMatchObject({
        exact: before.exact,
        startOffset: before.startOffset,
        status: before.id === id ? "APPROVED" : "DRAFT",
        anchorStatus: "EXACT",
        version: before.version,
      });
    }
    expect(await db.claimEvent.count({ where: { articleId: article.id, action: "REANCHORED" } })).toBe(0);
  });
});

describe("revisions, diffs, re-attaching and deleting", () => {
  it("lists revisions newest first and diffs any two", async () => {
    const { article } = await articleWith([]);
    await revise(article.id, BODY.replace("crime fell too", "crime fell sharply"));
    expect((await listRevisions(article.id, checker)).map((r) => r.number)).toEqual([2, 1]);
    expect((await getRevision(article.id, 1, checker)).contentText).toBe(article.contentText);
    const { changes, words } = await diffRevisions(article.id, 2, 1, checker);
    expect(changes.filter((c) => c.op === "delete").map((c) => c.text.trim())).toEqual(["too"]);
    expect(changes.filter((c) => c.op === "insert").map((c) => c.text.trim())).toEqual(["sharply"]);
    expect(words).toEqual({ inserted: 1, deleted: 1 });
    expect((await rejection(getRevision(article.id, 7, checker))).code).toBe("NOT_FOUND");
  });

  it("re-attaches an orphan to words a person selects: exact, score 1, recorded", async () => {
    const { article, claims } = await articleWith(["crime fell too"]);
    await revise(
      article.id,
      BODY.replace("The council added that crime fell too.", "Crime, the council said, also fell."),
    );
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } });
    expect(orphan.anchorStatus).toBe("ORPHANED");
    const claim = await anchorClaim(
      orphan.id,
      { version: orphan.version, target: { selector: [{ type: "TextQuoteSelector", exact: "also fell" }] } },
      checker,
    );
    expect(claim.anchor).toEqual({ status: "exact", score: 1, revision: 2 });
    expect(claim.target.selector[0].exact).toBe("also fell");
    expect((await claimHistory(orphan.id, checker)).at(-1)).toMatchObject({ action: "ANCHOR_CONFIRMED" });
    const stale = await rejection(
      anchorClaim(
        orphan.id,
        { version: orphan.version, target: { selector: [{ type: "TextQuoteSelector", exact: "Crime" }] } },
        checker,
      ),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("deletes an article for editors only, keeping its claims' history", async () => {
    const { article, claims } = await articleWith(["crime fell too"]);
    expect((await rejection(deleteArticle(article.id, checker))).code).toBe("FORBIDDEN");
    await deleteArticle(article.id, editor);
    expect(await db.article.findUnique({ where: { id: article.id } })).toBeNull();
    expect(await db.claim.findUnique({ where: { id: claims[0]!.id } })).toBeNull();
    const history = await claimHistory(claims[0]!.id, editor);
    expect(history.at(-1)).toMatchObject({ action: "DELETED", actor: { id: editor.id } });
    expect((await rejection(deleteArticle(article.id, editor))).code).toBe("NOT_FOUND");
  });
});
