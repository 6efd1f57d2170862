// Handing work to a checker: an editor assigns a claim, the checker finds it in "My work" and
// through the article's "Assigned to me" filter; a checker takes an unassigned claim and hands it
// back; the history tells each change in words; another browser sees the change without a reload.
import type { Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { openLive, personInOwnBrowser } from "@/e2e/fixtures/live";
import { createClaimOnQuote, createUser } from "@/prisma/seed/factories";

const FIRST = "I never met with any Russian officials to discuss issues of the campaign";
const SECOND = "the Senator had over 25 conversations with foreign ambassadors";

const claimEntry = (page: Page, number: number) =>
  page
    .getByRole("list", { name: "Claims in text order" })
    .getByRole("button", { name: new RegExp(`^Claim ${number}:`) });

async function openHistory(page: Page) {
  await page.getByText("History", { exact: true }).click();
  return page.getByRole("list", { name: "History" });
}

test("an editor assigns a claim; the checker sees it live, in My work and under Assigned to me", async ({
  page,
  browser,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await seedArticleFor(editor);
  await createClaimOnQuote(db, { articleId: article.id, quote: FIRST, userId: editor.id });
  await createClaimOnQuote(db, { articleId: article.id, quote: SECOND, userId: editor.id });
  const { user: checker, page: checkerPage, close } = await personInOwnBrowser(browser, db, "CHECKER");

  await openLive(checkerPage, `/articles/${article.id}`);
  await openLive(page, `/articles/${article.id}?claim=1`);
  await page.getByLabel("Assigned to").selectOption({ label: checker.name });
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(claimEntry(page, 1)).toContainText(`Assigned to ${checker.name}`);

  // The checker's page, never reloaded, shows the new assignment.
  await expect(claimEntry(checkerPage, 1)).toContainText(`Assigned to ${checker.name}`);
  await expect(claimEntry(checkerPage, 2)).not.toContainText("Assigned to");

  await checkerPage.getByLabel("Assigned", { exact: true }).selectOption({ label: "Assigned to me (1)" });
  await expect(claimEntry(checkerPage, 1)).toBeVisible();
  await expect(claimEntry(checkerPage, 2)).toHaveCount(0);
  await checkerPage.getByLabel("Assigned", { exact: true }).selectOption({ label: "Unassigned (1)" });
  await expect(claimEntry(checkerPage, 2)).toBeVisible();
  await expect(claimEntry(checkerPage, 1)).toHaveCount(0);

  await checkerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
  await expect(checkerPage.getByRole("heading", { name: "My work", level: 1 })).toBeVisible();
  await expect(checkerPage.getByRole("heading", { name: "Assigned to me (1)" })).toBeVisible();
  const assigned = checkerPage.getByRole("list", { name: "Assigned to me" });
  await expect(assigned).toContainText(article.title);
  await expect(assigned).toContainText("Draft");
  await assigned.getByRole("link", { name: /^Claim 1: “I never met/ }).click();
  await expect(checkerPage).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=1$`));
  await expect(checkerPage.getByRole("heading", { name: "Claim 1" })).toBeVisible();
  // Assigned, the checker may work on the editor's claim.
  await expect(checkerPage.getByLabel("Claimant")).toBeEditable();
  await expect(checkerPage.getByRole("button", { name: "Hand back" })).toBeVisible();

  const history = await openHistory(page);
  await expect(history).toContainText(`${editor.name} assigned the claim to ${checker.name}`);
  await close();
});

test("a checker takes an unassigned claim and hands it back, and the history says so", async ({
  page,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const editor = await createUser(db, { role: "EDITOR" });
  const checker = await signedInAs("CHECKER");
  const article = await seedArticleFor(checker);
  await createClaimOnQuote(db, { articleId: article.id, quote: FIRST, userId: editor.id });

  await openLive(page, `/articles/${article.id}?claim=1`);
  // Someone else's claim, unassigned: the checker may take it, not assign it to others.
  await expect(page.getByLabel("Assigned to")).toHaveCount(0);
  await expect(page.getByLabel("Claimant")).not.toBeEditable();
  await page.getByRole("button", { name: "Take this claim" }).click();
  await expect(page.getByText(`Assigned to you (${checker.name})`)).toBeVisible();
  await expect(claimEntry(page, 1)).toContainText(`Assigned to ${checker.name}`);
  await expect(page.getByLabel("Claimant")).toBeEditable();

  await page.getByRole("button", { name: "Hand back" }).click();
  await expect(page.getByRole("button", { name: "Take this claim" })).toBeVisible();
  await expect(claimEntry(page, 1)).not.toContainText("Assigned to");

  const history = await openHistory(page);
  await expect(history).toContainText(`${checker.name} took the claim`);
  await expect(history).toContainText(`${checker.name} handed the claim back`);
});
