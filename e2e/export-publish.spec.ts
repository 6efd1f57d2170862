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
  expect(allCsv.text).not.toContain("Review notes");

  // "Include review notes" applies to the CSV too: a last column with the discussion.
  const [claim] = await db.claim.findMany({ where: { articleId: article.id, exact: APPROVED } });
  await db.comment.create({ data: { claimId: claim!.id, authorId: editor.id, body: "Second source checked." } });
  await openMenu();
  await page.getByLabel("Include review notes").check();
  const notesCsv = await download("Claims as CSV");
  expect(notesCsv.text).toContain("Review notes");
  const longToday = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date());
  expect(notesCsv.text).toContain(`Comment · ${editor.name} · ${longToday}: Second source checked.`);
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
  await page.getByRole("button", { name: "Publish", exact: true }).click();
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
  await reader.getByRole("link", { name: "Claim 1: Mostly false" }).click();
  await expect(reader).toHaveURL(/#claim-1$/);

  // Checkers cannot publish.
  const checkerPage = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  await signedInAs("CHECKER", checkerPage);
  expect((await checkerPage.request.delete(`/api/articles/${article.id}/publish`)).status()).toBe(403);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeVisible();
  expect((await reader.goto(path))?.status()).toBe(404);
  await reader.context().close();
  await checkerPage.context().close();
});

test("the public page opens with a summary and share tags, in the words of the HTML export and the desk", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const title = `Budget check ${Date.now()}`;
  const article = await createArticle(db, {
    createdById: editor.id,
    title,
    format: "html",
    body:
      `<h2>The budget</h2><p>The mayor said ${APPROVED} last year, <a href="mailto:desk@news.example">write to us</a>.</p>` +
      `<p>Critics disagree, <a href="javascript:alert(1)">citing</a> the <a href="https://city.example/audit">audit</a>.</p>`,
    url: "https://news.example/mayor-budget",
    author: "Sam Writer",
    outlet: "City News",
    publishedAt: new Date("2017-03-02T00:00:00Z"),
  });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: APPROVED,
    userId: editor.id,
    claimant: "Mayor Dana Reyes",
    verdict: "mostly_false",
    rationale: "Audited accounts show a 12.5 percent fall. The rest came from one-off sales.",
  });
  await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED", reviewedAt: new Date() } });
  const note = `#claim-${claim.number}`;

  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const path = (await page.getByRole("link", { name: /^\/p\// }).getAttribute("href"))!;
  await page.locator("details.export-menu").getByText("Export", { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Annotated HTML" }).click(),
  ]);
  const exported = await (await browser.newContext()).newPage();
  await exported.setContent(await readFile((await file.path())!, "utf8"));

  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  await reader.goto(path);
  // Header, summary, article, notes: in that order.
  await expect(reader.locator("main h2")).toHaveText(["Summary of the fact-check", "Article", "Claims (1)"]);
  await expect(reader.locator("header")).toContainText("City News · By Sam Writer · Published 2 March 2017");
  await expect(reader.locator("header")).toContainText("Fact-check desk · Annotated fact-check");
  const summary = reader.getByRole("region", { name: "Summary of the fact-check" });
  await expect(summary).toContainText("Fact-check desk checked 1 claim in this article.");
  const item = summary.getByRole("listitem");
  await expect(item).toContainText(`Claim ${claim.number} ◕ Mostly false`);
  await expect(item).toContainText(`“${APPROVED}”`);
  await expect(item).toContainText("Claimant: Mayor Dana Reyes");
  await expect(item).toContainText("Audited accounts show a 12.5 percent fall.");
  await expect(item).not.toContainText("one-off sales");
  await summary.getByRole("link", { name: `Claim ${claim.number}`, exact: true }).click();
  await expect(reader).toHaveURL(new RegExp(`${note}$`));
  await expect(reader.locator(note)).toBeInViewport();

  const meta = (key: string) => reader.locator(`meta[property="${key}"], meta[name="${key}"]`);
  const description = "Fact-check desk checked 1 claim in this article. Mostly false: “taxes fell by 40 percent”";
  await expect(meta("og:title")).toHaveAttribute("content", `Fact-check: ${title}`);
  await expect(meta("og:description")).toHaveAttribute("content", description);
  await expect(meta("og:type")).toHaveAttribute("content", "article");
  await expect(meta("og:url")).toHaveAttribute("content", new RegExp(`^https?://[^/]+${path}$`));
  await expect(meta("og:site_name")).toHaveAttribute("content", "Fact-check desk");
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary");
  await expect(meta("twitter:title")).toHaveAttribute("content", `Fact-check: ${title}`);
  await expect(meta("twitter:description")).toHaveAttribute("content", description);

  // The note, the header and the annotated article read exactly as in the HTML export.
  expect(await reader.locator(note).textContent()).toBe(await exported.locator(note).textContent());
  expect(await reader.locator("header").textContent()).toBe(await exported.locator("header").textContent());
  const exportArticle = await exported.locator("section.article-text").innerHTML();
  expect(await reader.locator("section.article-text").innerHTML()).toBe(exportArticle);
  // mailto survives, javascript: does not, wherever the article is shown.
  const links = exported.locator("section.article-text a[rel]");
  await expect(links).toHaveText(["write to us", "audit"]);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
    "mailto:desk@news.example",
    "https://city.example/audit",
  ]);

  // The desk shows the same markup while its editor loads (here: never, without JavaScript).
  const desk = await (
    await browser.newContext({
      baseURL: E2E_BASE_URL,
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    })
  ).newPage();
  await desk.goto(`/articles/${article.id}`);
  const placeholder = await desk.locator('.article-text[aria-busy="true"]').innerHTML();
  const unannotated = await exported.locator("section.article-text").evaluate((section) => {
    section.querySelector("h2")!.remove();
    section.querySelectorAll("sup.claim-ref").forEach((ref) => ref.remove());
    section.querySelectorAll("mark").forEach((mark) => mark.replaceWith(...mark.childNodes));
    return section.innerHTML;
  });
  expect(placeholder).toContain("write to us");
  expect(placeholder).toBe(unannotated);
  for (const context of [exported.context(), reader.context(), desk.context()]) await context.close();
});
