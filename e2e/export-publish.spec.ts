import { readFile } from "node:fs/promises";
import { test, expect } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";
import type { PrismaClient } from "@/server/generated/prisma/client";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree, citing the audited accounts.";
const APPROVED = "taxes fell by 40 percent";
const DRAFT = "Critics disagree";
const SECRET = "Draft rationale that must never leak 7f3a";

async function articleWithClaims(db: PrismaClient, userId: string, title: string) {
  const article = await createArticle(db, {
    createdById: userId,
    title,
    body: BODY,
    url: "https://news.example/mayor-taxes",
  });
  const approved = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: APPROVED,
    userId,
    claimant: "Mayor Dana Reyes",
    verdict: "mostly_false",
    rationale: "Audited accounts show a 12 percent fall.",
  });
  await db.claim.update({
    where: { id: approved.id },
    data: { status: "APPROVED", reviewedAt: new Date("2026-11-20T10:00:00Z") },
  });
  await db.source.create({
    data: {
      claimId: approved.id,
      url: "https://city.example/audit-2016",
      title: "Audited accounts 2016",
      stance: "REFUTES",
      addedById: userId,
    },
  });
  await createClaimOnQuote(db, { articleId: article.id, quote: DRAFT, userId, verdict: "true", rationale: SECRET });
  return article;
}

test("every export format downloads from the Export menu with a slug-and-date filename", async ({
  page,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const title = `Mayor's tax claim ${Date.now()}`;
  const article = await articleWithClaims(db, editor.id, title);
  await page.goto(`/articles/${article.id}`);
  const today = new Date().toISOString().slice(0, 10);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");

  const menu = page.locator("details.export-menu");
  const openMenu = async () => {
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
      await menu.getByText("Export", { exact: true }).click();
  };
  const download = async (label: string) => {
    await openMenu();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
    const content = await readFile((await file.path())!);
    return { name: file.suggestedFilename(), content, text: content.toString("utf8") };
  };

  const html = await download("Annotated HTML");
  expect(html.name).toBe(`${slug}-${today}.html`);
  expect(html.text).toContain(APPROVED);
  expect(html.text).toContain("Mostly false");
  expect(html.text).not.toContain(SECRET);

  const pdf = await download("PDF");
  expect(pdf.name).toBe(`${slug}-${today}.pdf`);
  expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");

  const docx = await download("Word (DOCX)");
  expect(docx.name).toBe(`${slug}-${today}.docx`);
  expect(docx.content.subarray(0, 2).toString()).toBe("PK");

  const md = await download("Markdown");
  expect(md.name).toBe(`${slug}-${today}.md`);
  expect(md.text).toMatch(/\[\^/);

  const annotations = JSON.parse((await download("Web Annotations (JSON-LD)")).text);
  expect(annotations.type).toBe("AnnotationCollection");

  const reviews = JSON.parse((await download("ClaimReview (JSON-LD)")).text);
  expect(reviews).toHaveLength(1);
  expect(reviews[0].claimReviewed).toBe(APPROVED);

  const approvedCsv = await download("Claims as CSV");
  expect(approvedCsv.name).toBe(`${slug}-${today}.csv`);
  expect(approvedCsv.text).toContain(APPROVED);
  expect(approvedCsv.text).not.toContain(SECRET);

  await openMenu();
  await page.getByLabel("All claims (internal; drafts marked)").check();
  const allCsv = await download("Claims as CSV");
  expect(allCsv.text).toContain(SECRET);
  expect(allCsv.text).toContain("Draft");
});

test("publish shows approved claims to anyone signed out, with ClaimReview in the head; unpublish takes it down", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await articleWithClaims(db, editor.id, `Public tax check ${Date.now()}`);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Publish" }).click();
  const link = page.getByRole("link", { name: /^\/p\// });
  await expect(link).toBeVisible();
  const path = (await link.getAttribute("href"))!;

  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  const response = await reader.goto(path);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(reader.locator("#claim-1")).toContainText(APPROVED);
  await expect(reader.locator("#claim-1")).toContainText("Mostly false");
  await expect(reader.locator('mark[data-claim="1"]')).toHaveText(APPROVED);
  await expect(reader.locator("mark[data-claim]")).toHaveCount(1);
  expect(await reader.content()).not.toContain(SECRET);
  const jsonLd = JSON.parse((await reader.locator('head script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toEqual([
    expect.objectContaining({
      "@type": "ClaimReview",
      claimReviewed: APPROVED,
      url: expect.stringContaining(`${path}#claim-1`),
    }),
  ]);
  await reader.getByRole("link", { name: /Claim 1/ }).click();
  await expect(reader).toHaveURL(/#claim-1$/);

  // Checkers cannot publish.
  const checkerPage = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  await signedInAs("CHECKER", checkerPage);
  expect((await checkerPage.request.delete(`/api/articles/${article.id}/publish`)).status()).toBe(403);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("button", { name: "Publish" })).toBeVisible();
  expect((await reader.goto(path))?.status()).toBe(404);
  await reader.context().close();
  await checkerPage.context().close();
});
