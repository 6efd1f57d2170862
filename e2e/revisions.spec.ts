// Articles change: a new revision is previewed before it is saved, claims follow their words or
// wait for a person, and an approved verdict never stays on words the article no longer says.
import { test, expect } from "@/e2e/fixtures/test";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY =
  "The mayor said taxes fell by 40 percent last year. Critics disagree, citing the audited accounts. " +
  "The council added that crime fell too.";
const UPDATED =
  "UPDATE: The mayor spoke on Tuesday. The mayor said taxes fell by 45 percent last year. " +
  "Critics disagree, citing the audited accounts. The council added that crime fell too.";

test("an update is previewed with its diff and what happens to each claim; cancel saves nothing, confirm saves", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  const taxes = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent last year",
    userId: user.id,
  });
  const critics = await createClaimOnQuote(db, { articleId: article.id, quote: "Critics disagree", userId: user.id });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText("Revision 1 ·")).toBeVisible();

  await page.getByRole("button", { name: "Update article" }).click();
  await page.getByLabel("New text").fill(UPDATED);
  await page.getByLabel("Revision note").fill("Correction: the figure is 45 percent.");
  await page.getByRole("button", { name: "Preview changes" }).click();
  const outcomes = page.getByRole("list", { name: "What happens to each claim" });
  await expect(outcomes.getByRole("listitem").filter({ hasText: `Claim ${taxes.number}` })).toContainText(
    "words changed: “taxes fell by 40 percent last year” → “taxes fell by 45 percent last year”",
  );
  await expect(outcomes.getByRole("listitem").filter({ hasText: `Claim ${critics.number}` })).toContainText(
    "same words, moved",
  );
  const diff = page.getByRole("region", { name: "Changes to the text" });
  await expect(diff.locator("ins").first()).toContainText("UPDATE");
  await expect(diff.locator("del")).toContainText(["40"]);

  await page.getByRole("button", { name: "Cancel" }).last().click();
  expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);

  await page.getByRole("button", { name: "Update article" }).click();
  await page.getByLabel("New text").fill(UPDATED);
  await page.getByRole("button", { name: "Preview changes" }).click();
  await page.getByRole("button", { name: "Save as revision 2" }).click();
  await expect(page.getByText("Revision 2 ·")).toBeVisible();
  await expect(page.locator(`mark[data-claim-id="${critics.id}"]`)).toHaveText("Critics disagree");
  await expect(page.locator(`mark[data-claim-id="${taxes.id}"]`)).toHaveText("taxes fell by 45 percent last year");

  // The changed words are flagged until a person confirms the verdict still applies.
  const entry = page.getByRole("button", { name: new RegExp(`^Claim ${taxes.number}:`) });
  await expect(entry).toContainText("Words changed: check the verdict");
  await entry.click();
  await expect(page.getByRole("note").filter({ hasText: "Words changed" })).toBeVisible();
  await page.getByRole("button", { name: "The verdict still applies" }).click();
  await expect(entry).not.toContainText("Words changed");
  expect(await db.claim.findUniqueOrThrow({ where: { id: taxes.id } })).toMatchObject({ anchorStatus: "EXACT" });

  // The Revisions view shows the words that changed between 1 and 2.
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { name: /Revision 1 → 2/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Changes from revision 1 to 2" }).locator("ins").first()).toContainText(
    "UPDATE",
  );
});

test("an orphaned claim waits under Needs re-anchoring and is re-attached from the keyboard", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  const crime = await createClaimOnQuote(db, { articleId: article.id, quote: "crime fell too", userId: user.id });
  const rewritten = BODY.replace("The council added that crime fell too.", "Crime, the council said, also dropped.");
  const response = await page.request.post(`/api/articles/${article.id}/revisions`, {
    data: { format: "text", body: rewritten },
  });
  expect(response.status()).toBe(201);
  expect((await response.json()).reanchor).toEqual({ exact: 0, fuzzy: 0, orphaned: 1 });

  await page.goto(`/articles/${article.id}`);
  const orphans = page.getByRole("list", { name: "Claims that need re-anchoring" });
  await expect(orphans).toContainText("crime fell too");
  await expect(page.locator(`mark[data-claim-id="${crime.id}"]`)).toHaveCount(0);

  await orphans.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("note").filter({ hasText: "Needs re-anchoring" })).toBeVisible();
  await page.keyboard.press("Control+Alt+f");
  await page.keyboard.type("also dropped");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Selected: “also dropped”")).toBeVisible();
  await page.getByRole("button", { name: "Re-attach here" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`mark[data-claim-id="${crime.id}"]`)).toHaveText("also dropped");
  await expect(orphans).toHaveCount(0);
  expect(await db.claim.findUniqueOrThrow({ where: { id: crime.id } })).toMatchObject({
    anchorStatus: "EXACT",
    exact: "also dropped",
    anchorRevision: 2,
  });
});

test("an approved claim whose words changed leaves the public page until approved again", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await createArticle(db, { createdById: editor.id, title: `Revised ${Date.now()}`, body: BODY });
  const taxes = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent last year",
    userId: editor.id,
    verdict: "false",
    rationale: "Audited accounts: 12 percent.",
  });
  await db.claim.update({ where: { id: taxes.id }, data: { status: "APPROVED", reviewedAt: new Date() } });
  const { url } = (await (await page.request.post(`/api/articles/${article.id}/publish`)).json()) as { url: string };
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(new URL(url).pathname);
  await expect(reader.locator(`#claim-${taxes.number}`)).toContainText("taxes fell by 40 percent");

  const revised = await page.request.post(`/api/articles/${article.id}/revisions`, {
    data: { format: "text", body: BODY.replace("40 percent", "45 percent") },
  });
  expect((await revised.json()).reanchor).toEqual({ exact: 0, fuzzy: 1, orphaned: 0 });

  await reader.reload();
  await expect(reader.locator(`#claim-${taxes.number}`)).toHaveCount(0);
  await expect(reader.getByText("No claims to show.").first()).toBeVisible();
  expect(await reader.locator('script[type="application/ld+json"]').count()).toBe(0);

  await page.goto(`/articles/${article.id}?claim=${taxes.number}`);
  await expect(page.getByRole("region", { name: `Claim ${taxes.number}` })).toContainText("In review");
  await expect(page.getByText(/Revision 2 of the article changed this claim’s words/)).toBeVisible();
  await reader.context().close();
});

test("an editor deletes an article after a confirmation naming its claims and public page", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await createArticle(db, { createdById: editor.id, title: `To delete ${Date.now()}`, body: BODY });
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote: "Critics disagree", userId: editor.id });
  const { url } = (await (await page.request.post(`/api/articles/${article.id}/publish`)).json()) as { url: string };
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Delete article" }).click();
  const question = page.getByRole("alertdialog");
  await expect(question).toContainText("Delete this article and its 1 claim?");
  await expect(question).toContainText(`Its public page (${new URL(url).pathname}) goes offline at once.`);
  await question.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("link", { name: article.title })).toHaveCount(0);

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(new URL(url).pathname))!.status()).toBe(404);
  await reader.context().close();
  expect(await db.claimEvent.count({ where: { claimId: claim.id, action: "DELETED" } })).toBe(1);
});

test("a new revision can come from an uploaded file", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Update article" }).click();
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "correction.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(`# Update\n\n${BODY.replace("crime fell too", "crime fell *sharply*")}\n`),
  });
  await expect(page.getByText("correction.md (markdown)")).toBeVisible();
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByRole("region", { name: "Changes to the text" }).locator("ins").first()).toContainText(
    "Update",
  );
  await page.getByRole("button", { name: "Save as revision 2" }).click();
  await expect(page.getByText("Revision 2 ·")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Article text" }).locator("em")).toHaveText("sharply");
  expect(await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } })).toMatchObject({
    format: "markdown",
  });
});
