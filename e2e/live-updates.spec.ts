// Two people on the desk at once, each in a browser of their own: what one does reaches the
// other's page through the live event stream, without a reload.
import type { Page } from "@playwright/test";
import { openLive, personInOwnBrowser } from "@/e2e/fixtures/live";
import { test, expect, type TestUser } from "@/e2e/fixtures/test";
import { selectWithMouse } from "@/e2e/fixtures/selection";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";

const QUOTE = "I never met with any Russian officials to discuss issues of the campaign";

const claimEntry = (page: Page, number: number) =>
  page
    .getByRole("list", { name: "Claims in text order" })
    .getByRole("button", { name: new RegExp(`^Claim ${number}:`) });

test("two people on one article see each other's new claim, verdict change and deletion", async ({
  page,
  browser,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const casey = await signedInAs("CHECKER");
  const article = await seedArticleFor(casey);
  const erin = await personInOwnBrowser(browser, db, "EDITOR");
  await openLive(page, `/articles/${article.id}`);
  await openLive(erin.page, `/articles/${article.id}`);

  await selectWithMouse(page, QUOTE);
  await page.getByRole("button", { name: "Add claim" }).click();
  await expect(claimEntry(page, 1)).toBeVisible();

  // Erin's page: the new claim's list entry and its highlight.
  await expect(claimEntry(erin.page, 1)).toContainText(QUOTE);
  await expect(erin.page.locator("mark[data-claim-id]")).toHaveText(QUOTE);

  await claimEntry(erin.page, 1).click();
  await erin.page.getByLabel("Verdict").selectOption("false");
  await erin.page.getByRole("button", { name: "Save claim" }).click();
  await expect(erin.page.getByText("Version 2 · last changed by")).toBeVisible();

  // Casey still has the claim open, untouched: the form and the list show Erin's verdict.
  await expect(claimEntry(page, 1).locator(".verdict-badge")).toHaveText("✗ False");
  await expect(page.getByLabel("Verdict")).toHaveValue("false");
  await expect(page.getByText(`Version 2 · last changed by ${erin.user.name}`)).toBeVisible();

  await erin.page.getByRole("button", { name: "Delete claim" }).click();
  await erin.page.getByRole("alertdialog").getByRole("button", { name: "Delete claim" }).click();
  await expect(claimEntry(erin.page, 1)).toHaveCount(0);

  // It was the claim Casey had open: the panel closes and says why.
  await expect(page.getByRole("alert").filter({ hasText: `Claim 1 was deleted by ${erin.user.name}.` })).toBeVisible();
  await expect(claimEntry(page, 1)).toHaveCount(0);
  await expect(page.locator("mark[data-claim-id]")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Claim 1" })).toHaveCount(0);
  await erin.close();
});

test("someone else's save of the claim being edited is announced before Save, and the typed text stays", async ({
  page,
  browser,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const casey = await signedInAs("CHECKER");
  const article = await seedArticleFor(casey);
  await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: casey.id, claimant: "Jeff Sessions" });
  const erin = await personInOwnBrowser(browser, db, "EDITOR");
  await openLive(page, `/articles/${article.id}?claim=1`);
  await openLive(erin.page, `/articles/${article.id}?claim=1`);

  const mine = "He met the ambassador twice in 2016; I am still checking the second meeting.";
  await page.getByLabel("Rationale").fill(mine);

  await erin.page.getByLabel("Verdict").selectOption("false");
  await erin.page.getByLabel("Rationale").fill("The Justice Department confirmed two meetings.");
  await erin.page.getByRole("button", { name: "Save claim" }).click();
  await expect(erin.page.getByText("Version 2 · last changed by")).toBeVisible();

  const notice = page.getByRole("alert").filter({ hasText: "changed this claim" });
  await expect(notice).toContainText(`${erin.user.name} changed this claim: verdict, rationale.`);
  await expect(page.getByLabel("Rationale")).toHaveValue(mine);
  await expect(notice.getByRole("row", { name: /Rationale/ })).toContainText("two meetings");

  await notice.getByRole("button", { name: "Load their version" }).click();
  await expect(page.getByLabel("Rationale")).toHaveValue("The Justice Department confirmed two meetings.");
  await expect(page.getByLabel("Verdict")).toHaveValue("false");
  const yours = page.getByRole("region", { name: "Your unsaved text" });
  await expect(yours).toContainText(mine);
  await yours.getByRole("button", { name: "Use my rationale" }).click();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText(`Version 3 · last changed by ${casey.name}`)).toBeVisible();
  await erin.close();
});

test("the review queue shows a claim as soon as it is submitted elsewhere", async ({
  page,
  browser,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  await signedInAs("EDITOR");
  const casey = await personInOwnBrowser(browser, db, "CHECKER");
  const article = await seedArticleFor(casey.user as TestUser);
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: QUOTE,
    userId: casey.user.id,
    claimant: "Jeff Sessions",
    verdict: "false",
    rationale: "He met the Russian ambassador twice in 2016.",
  });
  await db.source.create({
    data: {
      claimId: claim.id,
      url: "https://www.justice.gov/opa/pr/sessions-statement",
      title: "Statement of the Attorney General",
      stance: "REFUTES",
      addedById: casey.user.id,
    },
  });

  await openLive(page, `/review?articleId=${article.id}`);
  await expect(
    page.getByText("No claims are waiting for review.").or(page.getByText(/No claims in review match/)),
  ).toBeVisible();

  await openLive(casey.page, `/articles/${article.id}?claim=1`);
  await casey.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(casey.page.locator(".claim-panel__status")).toContainText("In review");

  const queue = page.getByRole("list", { name: "Waiting for review, oldest first" });
  await expect(queue.getByRole("listitem").filter({ hasText: QUOTE })).toBeVisible();
  await expect(queue).toContainText(casey.user.name);
  await casey.close();
});

test("the articles list shows an article as soon as someone adds it, and drops it once deleted", async ({
  page,
  db,
  signedInAs,
}) => {
  await signedInAs("CHECKER");
  const colleague = await createUser(db, { role: "EDITOR" });
  await openLive(page, "/articles");
  const title = `Late edition ${Date.now().toString(36)}`;
  const list = page.getByRole("list", { name: "Articles" });
  await expect(list.getByRole("link", { name: title })).toHaveCount(0);

  // Added elsewhere (another person, another instance: only the database is shared).
  const article = await createArticle(db, { createdById: colleague.id, title, body: `${QUOTE}, he said.` });
  await expect(list.getByRole("link", { name: title })).toBeVisible();

  await db.article.delete({ where: { id: article.id } });
  await expect(list.getByRole("link", { name: title })).toHaveCount(0);
});
