import type { Browser, Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const QUOTE = "taxes fell by 40 percent";

async function openClaim(page: Page, articleId: string, claimId: string) {
  await page.goto(`/articles/${articleId}`);
  await page.locator(`mark[data-claim-id="${claimId}"]`).click();
  await expect(page.getByRole("heading", { name: "Claim 1" })).toBeVisible();
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("checker submits, editor sends back, checker resubmits, a second editor approves, it locks, an editor reopens; history shows it all", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const checker = await signedInAs("CHECKER");
  const editorPage = await newPage(browser);
  const editor = await signedInAs("EDITOR", editorPage);
  const secondEditorPage = await newPage(browser);
  const secondEditor = await signedInAs("EDITOR", secondEditorPage);
  const article = await createArticle(db, {
    createdById: checker.id,
    body: "The mayor said taxes fell by 40 percent last year. Critics disagree.",
  });
  // Through the API, as the desk does, so the claim's history starts at its creation.
  const created = await page.request.post(`/api/articles/${article.id}/claims`, {
    data: { target: { selector: [{ type: "TextQuoteSelector", exact: QUOTE }] }, claimant: "Mayor Dana Reyes" },
  });
  const { claim } = (await created.json()) as { claim: { id: string } };
  const status = (p: Page) => p.locator(".claim-panel__status .status-badge");

  // The checker cannot submit an unfinished claim, and is told what is missing.
  await openClaim(page, article.id, claim.id);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "add a verdict, a rationale and at least one source" }),
  ).toBeVisible();
  await page.getByLabel("Verdict").selectOption("mostly_false");
  await page.getByLabel("Rationale").fill("The draft budget shows a 12 percent fall.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();
  await page.getByLabel("Source URL").fill("https://city.example/budget-2016");
  await page.getByLabel("Source title").fill("City budget 2016");
  await page.getByLabel("Stance").selectOption("REFUTES");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("link", { name: "City budget 2016" })).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(status(page)).toHaveText("⌛ In review");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // The first editor sends it back with a comment.
  await openClaim(editorPage, article.id, claim.id);
  await expect(status(editorPage)).toHaveText("⌛ In review");
  await editorPage.getByRole("button", { name: "Request changes" }).click();
  await editorPage.getByLabel("What needs to change").fill("Use the audited accounts, not the draft budget.");
  await editorPage.getByRole("button", { name: "Send back" }).click();
  await expect(status(editorPage)).toHaveText("⮌ Changes requested");

  // The checker sees the request in the discussion, fixes the rationale and resubmits.
  await openClaim(page, article.id, claim.id);
  await expect(status(page)).toHaveText("⮌ Changes requested");
  const thread = page.getByRole("list", { name: "Comments" });
  await expect(thread).toContainText(editor.name);
  await expect(thread).toContainText("Use the audited accounts, not the draft budget.");
  await page.getByLabel("Comment", { exact: true }).fill("Switching to the audited figure now.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.getByRole("listitem")).toHaveCount(2);
  await expect(thread.getByRole("listitem").last()).toContainText(`${checker.name} · Comment`);
  await page.getByLabel("Rationale").fill("The audited accounts show a 12 percent fall.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText(/Version \d+ · last changed by/)).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(status(page)).toHaveText("⌛ In review");

  // A second editor approves.
  await openClaim(secondEditorPage, article.id, claim.id);
  await secondEditorPage.getByRole("button", { name: "Approve" }).click();
  await expect(status(secondEditorPage)).toHaveText("✔ Approved");

  // The checker finds it locked.
  await openClaim(page, article.id, claim.id);
  await expect(status(page)).toHaveText("✔ Approved");
  await expect(page.getByText("Locked: an editor must reopen it before it can change.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save claim" })).toHaveCount(0);
  await expect(page.getByLabel("Rationale")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
  const locked = await page.request.patch(`/api/claims/${claim.id}`, { data: { version: 99, rationale: "sneaky" } });
  expect(locked.status()).toBe(409);

  // An editor reopens it with a reason.
  await openClaim(editorPage, article.id, claim.id);
  await editorPage.getByRole("button", { name: "Reopen" }).click();
  await editorPage.getByLabel("Reason for reopening").fill("The city restated its 2016 accounts.");
  await editorPage.getByRole("button", { name: "Reopen claim" }).click();
  await expect(status(editorPage)).toHaveText("✎ Draft");

  // The history shows every step, in order, with who did it.
  await editorPage.getByText("History", { exact: true }).click();
  const history = editorPage.getByRole("list", { name: "History" }).locator(":scope > li");
  await expect(history).toHaveText([
    new RegExp(`${checker.name} created the claim`),
    new RegExp(`${checker.name} edited the claim[\\s\\S]*Verdict: — → Mostly false`),
    new RegExp(`${checker.name} added a source[\\s\\S]*City budget 2016`),
    new RegExp(`${checker.name} submitted it for review`),
    new RegExp(`${editor.name} requested changes[\\s\\S]*Use the audited accounts`),
    new RegExp(`${checker.name} commented[\\s\\S]*Switching to the audited figure now.`),
    new RegExp(
      `${checker.name} edited the claim[\\s\\S]*Rationale: “The draft budget shows a 12 percent fall.” → “The audited accounts show a 12 percent fall.”`,
    ),
    new RegExp(`${checker.name} submitted it for review`),
    new RegExp(`${secondEditor.name} approved it[\\s\\S]*Status: In review → Approved`),
    new RegExp(`${editor.name} reopened it[\\s\\S]*The city restated its 2016 accounts`),
  ]);
  for (const p of [editorPage, secondEditorPage]) await p.context().close();
});

test("the editor who last changed the verdict cannot approve it; the sidebar filters by status", async ({
  page,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await createArticle(db, {
    createdById: editor.id,
    body: "Crime doubled in a year, the senator said. Police data disagree.",
  });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "Crime doubled in a year",
    userId: editor.id,
    verdict: "false",
    rationale: "Police data show a 3 percent rise.",
  });
  await db.claim.update({
    where: { id: claim.id },
    data: { status: "IN_REVIEW", submittedAt: new Date(), verdictEditedById: editor.id },
  });
  await createClaimOnQuote(db, { articleId: article.id, quote: "Police data disagree", userId: editor.id });

  await openClaim(page, article.id, claim.id);
  await expect(page.getByText("another editor must approve this claim (two-person rule)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const refused = await page.request.post(`/api/claims/${claim.id}/approve`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/two-person rule/);

  const list = page.getByRole("list", { name: "Claims in text order" }).getByRole("button");
  await expect(list).toHaveCount(2);
  await page.getByLabel("Show").selectOption("IN_REVIEW");
  await expect(list).toHaveCount(1);
  await expect(list).toContainText("Crime doubled in a year");
  await page.getByLabel("Show").selectOption("DRAFT");
  await expect(list).toHaveText([/Police data disagree/]);
});
