import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";
import { loadExportDocument } from "@/server/export/load-export";
import { exportArticle } from "@/server/export/export-article";
import { publishArticle } from "@/server/publish/publish-article";
import { unpublishArticle } from "@/server/publish/unpublish-article";
import { loadPublicArticle } from "@/server/publish/load-public-article";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree, citing audited accounts.";
let checker: Actor, editor: Actor;
let articleId: string;

beforeAll(async () => {
  [checker, editor] = await Promise.all([makeActor("CHECKER", "Casey Checker"), makeActor("EDITOR", "Erin Editor")]);
  articleId = (
    await createArticle(db, {
      createdById: checker.id,
      title: "Mayor’s tax claim",
      body: BODY,
      url: "javascript:alert(1)",
    })
  ).id;
  const approved = await createClaimOnQuote(db, {
    articleId,
    quote: "taxes fell by 40 percent",
    userId: checker.id,
    verdict: "mostly_false",
    rationale: "Audit: 12%.",
  });
  await db.claim.update({ where: { id: approved.id }, data: { status: "APPROVED" } });
  await db.source.create({
    data: {
      claimId: approved.id,
      url: "ftp://old.example/file",
      title: "Old FTP file",
      stance: "CONTEXT",
      addedById: checker.id,
    },
  });
  const draft = await createClaimOnQuote(db, {
    articleId,
    quote: "Critics disagree",
    userId: checker.id,
    rationale: "Draft only.",
  });
  await db.comment.create({
    data: { claimId: draft.id, authorId: editor.id, body: "Needs a source.", kind: "CHANGES_REQUESTED" },
  });
  await createClaimOnQuote(db, { articleId, quote: "The mayor said taxes fell", userId: checker.id });
});

describe("loadExportDocument", () => {
  it("keeps approved claims only by default, each with its own number", async () => {
    const doc = await loadExportDocument({ id: articleId }, { scope: "approved", includeNotes: false });
    expect(doc.claims.map((c) => [c.number, c.quote.exact, c.statusLabel])).toEqual([
      [1, "taxes fell by 40 percent", "Approved"],
    ]);
    expect(doc.claims[0]!.verdict?.label).toBe("Mostly false");
    expect(doc.article.url).toBeNull();
    expect(doc.claims[0]!.sources[0]).toMatchObject({ url: null, rawUrl: "ftp://old.example/file" });
    expect(doc.targetUrl).toMatch(new RegExp(`/articles/${articleId}$`));
  });

  it("adds every claim and the review notes when asked, in text order with their creation numbers", async () => {
    const doc = await loadExportDocument({ id: articleId }, { scope: "all", includeNotes: true });
    expect(doc.claims.map((c) => [c.number, c.quote.exact, c.status])).toEqual([
      [3, "The mayor said taxes fell", "DRAFT"],
      [1, "taxes fell by 40 percent", "APPROVED"],
      [2, "Critics disagree", "DRAFT"],
    ]);
    expect(doc.claims[2]!.comments.map((c) => [c.author.name, c.body])).toEqual([["Erin Editor", "Needs a source."]]);
  });

  it("refuses an unknown format and an unknown article", async () => {
    const bad = await rejection(exportArticle(articleId, { format: "exe" }, checker));
    expect(bad.code).toBe("VALIDATION");
    expect(bad.fields?.format?.[0]).toMatch(/Choose a format/);
    expect((await rejection(exportArticle("missing", { format: "csv" }, checker))).code).toBe("NOT_FOUND");
  });

  it("names the file after the title and the day", async () => {
    const file = await exportArticle(articleId, { format: "csv" }, checker);
    expect(file.filename).toBe(`mayor-s-tax-claim-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
  });
});

describe("publishing", () => {
  it("gives a stable slug, numbers clashes, and takes the page down on unpublish", async () => {
    const twin = (await createArticle(db, { createdById: checker.id, title: "Mayor’s tax claim", body: BODY })).id;
    const first = await publishArticle(articleId, editor);
    expect(first.url).toMatch(/\/p\/mayor-s-tax-claim$/);
    expect(await publishArticle(articleId, editor)).toEqual(first);
    expect((await publishArticle(twin, editor)).slug).toBe("mayor-s-tax-claim-2");

    const page = await loadPublicArticle(first.slug);
    expect(page?.claims.map((c) => c.status)).toEqual(["APPROVED"]);
    expect(page?.publicUrl).toBe(first.url);

    expect((await rejection(publishArticle(articleId, checker))).code).toBe("FORBIDDEN");
    expect((await rejection(unpublishArticle(articleId, checker))).code).toBe("FORBIDDEN");
    await unpublishArticle(articleId, editor);
    expect(await loadPublicArticle(first.slug)).toBeNull();
    expect((await rejection(publishArticle("missing", editor))).code).toBe("NOT_FOUND");
  });
});
