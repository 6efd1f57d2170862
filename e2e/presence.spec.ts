// Who else is on the article, in two browsers of two people: they appear, say which claim they
// have open, and leave when their page closes or stops being heard from.
import type { Browser, Page } from "@playwright/test";
import { openLive } from "@/e2e/fixtures/live";
import { test, expect, type TestUser } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { expectFitsScreen } from "@/e2e/fixtures/overflow";
import { createClaimOnQuote } from "@/prisma/seed/factories";

const QUOTE = "I never met with any Russian officials to discuss issues of the campaign";

const alsoHere = (page: Page) => page.getByRole("list", { name: "Also on this article" });
const person = (page: Page, name: string) => alsoHere(page).getByRole("listitem").filter({ hasText: name });

async function newBrowserPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  return context.newPage();
}

test("two people on one article see each other, the claim each has open, and a closed page leaves", async ({
  page,
  browser,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const named = async (user: TestUser, name: string) => db.user.update({ where: { id: user.id }, data: { name } });
  const casey = await signedInAs("CHECKER");
  await named(casey, "Casey Checker");
  const article = await seedArticleFor(casey);
  await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: casey.id });
  const erinPage = await newBrowserPage(browser);
  await named(await signedInAs("EDITOR", erinPage), "Erin Editor");

  await openLive(page, `/articles/${article.id}`);
  await expect(alsoHere(page)).toHaveCount(0);
  await openLive(erinPage, `/articles/${article.id}`);

  // Initials and the name in words; nobody is listed to themselves.
  await expect(person(page, "Erin Editor").getByText("EE", { exact: true })).toBeVisible();
  await expect(person(erinPage, "Casey Checker")).toBeVisible();
  await expect(person(page, "Casey Checker")).toHaveCount(0);

  await erinPage
    .getByRole("list", { name: "Claims in text order" })
    .getByRole("button", { name: /^Claim 1:/ })
    .click();
  await expect(person(page, "Erin Editor")).toContainText("Erin Editor is editing claim 1");

  // The claim in the list opens it here too.
  await person(page, "Erin Editor").getByRole("button", { name: "Open claim 1" }).click();
  await expect(page.getByRole("heading", { name: "Claim 1" })).toBeVisible();
  await expect(person(erinPage, "Casey Checker")).toContainText("Casey Checker is editing claim 1");

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(person(page, "Erin Editor")).toBeVisible();
  await expectFitsScreen(page, "article desk with someone else on it");

  await erinPage.close();
  await expect(person(page, "Erin Editor")).toHaveCount(0);
  await expect(alsoHere(page)).toHaveCount(0);
});

test("someone whose page stops sending heartbeats disappears within 30 seconds", async ({
  page,
  browser,
  signedInAs,
  seedArticleFor,
}) => {
  const casey = await signedInAs("CHECKER");
  const article = await seedArticleFor(casey);
  const erinPage = await newBrowserPage(browser);
  const erin = await signedInAs("EDITOR", erinPage);
  await openLive(page, `/articles/${article.id}`);
  await openLive(erinPage, `/articles/${article.id}`);
  await expect(person(page, erin.name)).toBeVisible();

  // Erin's network stops carrying her heartbeats; her event stream stays open, so only the
  // 30-second rule can let her go.
  await erinPage.route("**/presence", (route) => route.abort("internetdisconnected"));
  await expect(person(page, erin.name)).toHaveCount(0, { timeout: 35_000 });
  await erinPage.context().close();
});
