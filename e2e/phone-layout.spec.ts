// Every page on a 390 px phone: nothing to scroll sideways, the header's links and the desk's
// main button within reach. Failures name the elements that stick out, and by how much.
import type { Locator, Page } from "@playwright/test";
import { test, expect, type TestUser } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { expectFitsScreen } from "@/e2e/fixtures/overflow";
import { createClaimOnQuote, createUser } from "@/prisma/seed/factories";
import type { PrismaClient } from "@/server/generated/prisma/client";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(PHONE);

// Pasted addresses are the longest unbreakable words a desk sees: in titles, sources and links.
const LONG_URL =
  "https://edition.cnn.com/2017/03/01/politics/jeff-sessions-russian-ambassador-meetings-kislyak-testimony/index.html?utm_source=newsletter";
const APPROVED = "did not have communications with the Russians";
const IN_REVIEW = "I never met with any Russian officials to discuss issues of the campaign";
const DRAFT = "the Senator had over 25 conversations with foreign ambassadors";

type SeedArticle = (user: TestUser) => Promise<{ id: string; title: string }>;

/** The seed article with a long pasted title and one claim in each stage, one source on each. */
async function articleWithClaims(db: PrismaClient, seedArticleFor: SeedArticle, user: TestUser) {
  const seeded = await seedArticleFor(user);
  const article = await db.article.update({
    where: { id: seeded.id },
    data: { title: `${seeded.title} ${LONG_URL}`, url: LONG_URL, author: "Evan Perez, Pamela Brown" },
  });
  const stages = [
    { quote: APPROVED, prefix: 'responded at the time that he "', status: "APPROVED", verdict: "false" },
    { quote: IN_REVIEW, status: "IN_REVIEW", verdict: "mostly_false" },
    { quote: DRAFT, status: "DRAFT", verdict: "true" },
  ] as const;
  for (const { status, ...stage } of stages) {
    const claim = await createClaimOnQuote(db, {
      articleId: article.id,
      ...stage,
      userId: user.id,
      claimant: "Jeff Sessions, Attorney General of the United States",
      rationale: `He met the ambassador twice in 2016; see ${LONG_URL}`,
    });
    await db.claim.update({ where: { id: claim.id }, data: { status, submittedAt: new Date() } });
    await db.source.create({
      data: { claimId: claim.id, url: LONG_URL, title: LONG_URL, stance: "REFUTES", addedById: user.id },
    });
  }
  return article;
}

/** Every link of the main navigation can be seen whole, directly or after opening a labelled menu. */
async function expectNavigationReachable(page: Page, links: string[]) {
  const menu = page.getByRole("banner").getByRole("button", { name: /menu/i });
  if ((await menu.count()) > 0 && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of links) await expect(nav.getByRole("link", { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
}

/** A primary control a thumb can hit: whole on screen (after scrolling to it, if asked), 44 px tall. */
async function expectThumbSized(control: Locator, { scroll = false } = {}) {
  if (scroll) await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport({ ratio: 1 });
  expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(43.5);
}

test("sign-in page and unknown pages fit a phone when signed out", async ({ page }) => {
  await page.goto("/sign-in");
  await expectFitsScreen(page, "sign-in");
  await expectThumbSized(page.getByRole("button", { name: "Sign in", exact: true }));

  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expectFitsScreen(page, "404 page");
});

test("articles list, new article form and an unknown article fit a phone for a checker", async ({
  page,
  signedInAs,
  seedArticleFor,
  db,
}) => {
  const checker = await signedInAs("CHECKER");
  await articleWithClaims(db, seedArticleFor, checker);

  await page.goto("/articles");
  await expectFitsScreen(page, "articles list");
  await expectNavigationReachable(page, ["Articles", "New article"]);

  await page.goto("/articles/new");
  await expectFitsScreen(page, "new article form");
  await expectThumbSized(page.getByRole("button", { name: "Save article" }), { scroll: true });

  expect((await page.goto("/articles/no-such-article"))?.status()).toBe(404);
  await expectFitsScreen(page, "unknown article");

  expect((await page.goto("/review"))?.status()).toBeLessThan(500);
  await expectFitsScreen(page, "review queue, as a checker");
});

test("the article desk fits a phone, with and without a claim selected, and Add claim stays in reach", async ({
  page,
  signedInAs,
  seedArticleFor,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await articleWithClaims(db, seedArticleFor, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator("mark[data-claim-id]").first()).toBeVisible();
  const addClaim = page.getByRole("button", { name: "Add claim" });

  await expectFitsScreen(page, "article desk");
  await expectNavigationReachable(page, ["Articles", "New article", "Review queue"]);
  await expectThumbSized(addClaim);

  await page.locator("mark[data-claim-id]").filter({ hasText: IN_REVIEW }).click();
  await expect(page.getByLabel("Claimant")).toBeVisible();
  await expectFitsScreen(page, "article desk, claim selected");
  await expectThumbSized(addClaim);

  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await expectThumbSized(addClaim);
  // Within the thumb's reach: the lower part of the screen, wherever the page is scrolled.
  const box = (await addClaim.boundingBox())!;
  expect(box.y, "Add claim should sit in a bar at the bottom of the screen").toBeGreaterThan(PHONE.viewport.height / 2);

  await page.getByText("Export", { exact: true }).click();
  await expectFitsScreen(page, "article desk, export menu open");
});

test("review queue, users and the public page fit a phone for the roles that see them", async ({
  page,
  browser,
  signedInAs,
  seedArticleFor,
  db,
}) => {
  const admin = await signedInAs("ADMIN");
  const article = await articleWithClaims(db, seedArticleFor, admin);

  await page.goto(`/review?articleId=${article.id}`);
  await expect(page.getByRole("listitem").filter({ hasText: IN_REVIEW })).toBeVisible();
  await expectFitsScreen(page, "review queue");
  await expectNavigationReachable(page, ["Articles", "New article", "Review queue", "Users"]);

  await page.goto("/admin/users");
  await expect(page.getByRole("rowheader", { name: admin.name })).toBeVisible();
  await expectFitsScreen(page, "users");
  await expectThumbSized(page.getByRole("button", { name: "Create user" }), { scroll: true });

  const published = await page.request.post(`/api/articles/${article.id}/publish`);
  expect(published.ok()).toBeTruthy();
  const { slug } = (await published.json()) as { slug: string };
  const reader = await (await browser.newContext({ ...PHONE, baseURL: E2E_BASE_URL })).newPage();
  await reader.goto(`/p/${slug}`);
  await expect(reader.locator("mark[data-claim]")).toHaveCount(1);
  await expectFitsScreen(reader, "public page");
  await reader.context().close();
});

test("My work, the notifications inbox and the bell fit a phone", async ({ page, signedInAs, seedArticleFor, db }) => {
  const checker = await signedInAs("CHECKER");
  const article = await articleWithClaims(db, seedArticleFor, checker);
  const editor = await createUser(db, { role: "EDITOR", name: "Erin Editor-in-Chief of the Evening Edition" });
  const approved = await db.claim.findFirstOrThrow({ where: { articleId: article.id, status: "APPROVED" } });
  await db.notification.create({
    data: { userId: checker.id, kind: "APPROVED", articleId: article.id, claimId: approved.id, actorId: editor.id },
  });

  await page.goto("/my-work");
  await expect(page.getByRole("link", { name: new RegExp(DRAFT) })).toBeVisible();
  await expectFitsScreen(page, "my work");
  await expectNavigationReachable(page, ["Articles", "My work"]);
  const bell = page.getByRole("link", { name: "Notifications, 1 unread" });
  await expect(bell).toBeInViewport({ ratio: 1 });

  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(editor.name).first()).toBeVisible();
  await expectFitsScreen(page, "notifications");
  await expectThumbSized(page.getByRole("button", { name: "Mark all as read" }), { scroll: true });
});
