// A whole working day on the desk: unsaved text is never lost, a claim keeps one number and one
// address everywhere, and the panel opens where the reader is looking.
import { test, expect } from "@/e2e/fixtures/test";
import { selectWithMouse } from "@/e2e/fixtures/selection";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY =
  "The mayor said taxes fell by 40 percent last year. Critics disagree, citing the audited accounts. " +
  "The council added that crime fell too.";

test("unsaved changes survive switching claims, clicking a highlight and leaving the page; closing the tab asks first", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  const taxes = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent",
    userId: user.id,
  });
  const crime = await createClaimOnQuote(db, { articleId: article.id, quote: "crime fell too", userId: user.id });
  await page.goto(`/articles/${article.id}`);

  await page.locator(`mark[data-claim-id="${taxes.id}"]`).click();
  await page.getByLabel("Claimant").fill("Mayor Dana Reyes");
  await page.getByLabel("Rationale").fill("The audited accounts show a 12 percent fall.");
  await page.getByLabel("Source URL").fill("https://city.example/audit");

  // Another claim, by the list: the first one is marked as having unsaved changes.
  await page.getByRole("button", { name: /^Claim 2: “crime fell too”/ }).click();
  await expect(page.getByRole("heading", { name: "Claim 2" })).toBeVisible();
  await expect(page.getByLabel("Claimant")).toHaveValue("");
  await expect(page.getByRole("button", { name: /^Claim 1: “taxes fell/ })).toContainText("Unsaved changes");

  // Back by its highlight: everything typed is there, and says so.
  await page.locator(`mark[data-claim-id="${taxes.id}"]`).click();
  await expect(page.getByLabel("Claimant")).toHaveValue("Mayor Dana Reyes");
  await expect(page.getByLabel("Rationale")).toHaveValue("The audited accounts show a 12 percent fall.");
  await expect(page.getByLabel("Source URL")).toHaveValue("https://city.example/audit");
  await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" }).first()).toBeVisible();

  // Away to the articles list and back.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto(`/articles/${article.id}?claim=1`);
  await expect(page.getByLabel("Claimant")).toHaveValue("Mayor Dana Reyes");
  await expect(page.getByLabel("Source URL")).toHaveValue("https://city.example/audit");

  // Saving clears the draft; the other claim never had one.
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Claim 1: “taxes fell/ })).toContainText("Unsaved changes"); // the source
  await page.getByRole("button", { name: "Discard source draft" }).click();
  await expect(page.getByRole("button", { name: /^Claim 1: “taxes fell/ })).not.toContainText("Unsaved changes");
  expect(await db.claim.findUniqueOrThrow({ where: { id: crime.id } })).toMatchObject({ claimant: null });

  // With unsaved text, closing the tab asks first.
  await page.getByLabel("Claimant").fill("Someone else");
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("after a 409 the other person's values sit beside mine, and loading theirs keeps my typed text", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const checker = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: checker.id, body: BODY });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent",
    userId: checker.id,
  });
  const editorPage = await (await browser.newContext()).newPage();
  const editor = await signedInAs("EDITOR", editorPage);
  for (const p of [page, editorPage]) await p.goto(`/articles/${article.id}?claim=${claim.number}`);

  // The checker is typing when the editor saves (with nothing typed, the live stream would simply
  // show the editor's version and there would be nothing to set beside it).
  await page.getByLabel("Verdict").selectOption("false");
  await page.getByLabel("Rationale").fill("My long rationale, typed for ten minutes.");

  await editorPage.getByLabel("Verdict").selectOption("mostly_false");
  await editorPage.getByLabel("Rationale").fill("Audited accounts: a 12 percent fall.");
  await editorPage.getByRole("button", { name: "Save claim" }).click();
  await expect(editorPage.getByText("Version 2 · last changed by")).toBeVisible();

  await page.getByRole("button", { name: "Save claim" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "changed this claim" });
  const table = conflict.getByRole("table");
  await expect(table.getByRole("row", { name: /Verdict/ })).toContainText("✗ False");
  await expect(table.getByRole("row", { name: /Verdict/ })).toContainText("◕ Mostly false");
  await expect(table.getByRole("row", { name: /Rationale/ })).toContainText("My long rationale");
  await expect(table.getByRole("row", { name: /Rationale/ })).toContainText("Audited accounts: a 12 percent fall.");
  await expect(table).toContainText(`${editor.name}’s version`);

  await conflict.getByRole("button", { name: "Load their version" }).click();
  await expect(page.getByLabel("Rationale")).toHaveValue("Audited accounts: a 12 percent fall.");
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();
  const mine = page.getByRole("region", { name: "Your unsaved text" });
  await expect(mine).toContainText("My long rationale, typed for ten minutes.");
  await expect(mine).toContainText("✗ False");

  // Still there after a reload; then taken back field by field and saved on top of their version.
  await page.reload();
  await mine.getByRole("button", { name: "Use my rationale" }).click();
  await expect(page.getByLabel("Rationale")).toHaveValue("My long rationale, typed for ten minutes.");
  await expect(page.getByLabel("Verdict")).toHaveValue("mostly_false");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Version 3 · last changed by")).toBeVisible();
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    version: 3,
    verdict: "mostly_false",
    rationale: "My long rationale, typed for ten minutes.",
  });
  await editorPage.context().close();
});

test("a claim's address opens it beside the text; back and forward restore the selected claim", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  const crime = await createClaimOnQuote(db, { articleId: article.id, quote: "crime fell too", userId: user.id });
  const taxes = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent",
    userId: user.id,
  });

  await page.goto(`/articles/${article.id}?claim=${taxes.number}`);
  const heading = page.getByRole("heading", { name: `Claim ${taxes.number}`, exact: true });
  await expect(heading).toBeVisible();
  await expect(page.locator(`mark[data-claim-id="${taxes.id}"]`)).toBeInViewport();
  await expect(page.getByRole("button", { name: /“taxes fell by 40 percent”/ })).toHaveAttribute(
    "aria-current",
    "true",
  );

  // The panel opens at the top of the sidebar, beside the text, not under the whole claim list.
  const panel = await page.getByRole("region", { name: `Claim ${taxes.number}` }).boundingBox();
  const list = await page.getByRole("list", { name: "Claims in text order" }).boundingBox();
  const text = await page.getByRole("textbox", { name: "Article text" }).boundingBox();
  expect(panel!.y).toBeLessThan(list!.y);
  expect(panel!.x).toBeGreaterThan(text!.x + text!.width - 1);

  // Chosen from the list: focus moves to the panel, the address names the claim.
  await page.getByRole("button", { name: /“crime fell too”/ }).click();
  await expect(page.getByRole("heading", { name: `Claim ${crime.number}`, exact: true })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`\\?claim=${crime.number}$`));

  await page.goBack();
  await expect(page.getByRole("heading", { name: `Claim ${taxes.number}`, exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?claim=${taxes.number}$`));
  await page.goForward();
  await expect(page.getByRole("heading", { name: `Claim ${crime.number}`, exact: true })).toBeVisible();

  // The exports' anchor works on the desk too; an unknown number says so.
  await page.goto(`/articles/${article.id}#claim-${taxes.number}`);
  await expect(page.getByRole("heading", { name: `Claim ${taxes.number}`, exact: true })).toBeVisible();
  await page.goto(`/articles/${article.id}?claim=99`);
  await expect(page.getByRole("alert").filter({ hasText: "This article has no claim 99" })).toBeVisible();

  // Escape closes the panel and returns to the claim's entry in the list.
  await page.getByRole("button", { name: /“crime fell too”/ }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: /^Claim \d+$/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /“crime fell too”/ })).toBeFocused();
});

test("adding a claim clears the selection hint, and the same words again ask before a second claim", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  await page.goto(`/articles/${article.id}`);

  await selectWithMouse(page, "Critics disagree");
  await expect(page.getByText("Selected: “Critics disagree”")).toBeVisible();
  await page.getByRole("button", { name: "Add claim" }).click();
  await expect(page.getByRole("heading", { name: "Claim 1", exact: true })).toBeVisible();
  await expect(page.getByText("Selected: “Critics disagree”")).toHaveCount(0);
  await expect(page.getByText("Select a passage to make it a claim")).toBeVisible();

  await selectWithMouse(page, "Critics disagree");
  await page.getByRole("button", { name: "Add claim" }).click();
  const question = page.getByRole("alertdialog", { name: "Claim 1 already covers exactly these words." });
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Open claim 1" }).click();
  await expect(page.getByRole("heading", { name: "Claim 1", exact: true })).toBeVisible();
  expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);

  await selectWithMouse(page, "Critics disagree");
  await page.getByRole("button", { name: "Add claim" }).click();
  await question.getByRole("button", { name: "Add another claim on them" }).click();
  await expect(page.getByRole("heading", { name: "Claim 2", exact: true })).toBeVisible();
  expect(await db.claim.count({ where: { articleId: article.id } })).toBe(2);
});

test("claim numbers agree on the desk, in the queue, in the HTML and Markdown exports and on the public page", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const checker = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: checker.id, title: `Numbers ${Date.now()}`, body: BODY });
  const approve = async (id: string) =>
    db.claim.update({
      where: { id },
      data: { status: "APPROVED", verdict: "false", rationale: "Checked.", reviewedAt: new Date() },
    });
  // Claim 1 is the last in the text; claim 2, added later, comes before it; claim 3 in between.
  const crime = await createClaimOnQuote(db, { articleId: article.id, quote: "crime fell too", userId: checker.id });
  const taxes = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent",
    userId: checker.id,
  });
  const critics = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "Critics disagree",
    userId: checker.id,
  });
  expect([crime.number, taxes.number, critics.number]).toEqual([1, 2, 3]);
  await approve(crime.id);
  await approve(critics.id);
  await db.claim.update({
    where: { id: taxes.id },
    data: { status: "IN_REVIEW", verdict: "mixed", rationale: "Partly.", submittedAt: new Date() },
  });

  await page.goto(`/articles/${article.id}`);
  const entries = page.getByRole("list", { name: "Claims in text order" }).getByRole("button");
  await expect(entries.nth(0)).toHaveAccessibleName(/^Claim 2: “taxes fell/);
  await expect(entries.nth(1)).toHaveAccessibleName(/^Claim 3: “Critics disagree/);
  await expect(entries.nth(2)).toHaveAccessibleName(/^Claim 1: “crime fell too/);

  const editorPage = await (await browser.newContext()).newPage();
  await signedInAs("EDITOR", editorPage);
  await editorPage.goto(`/review?articleId=${article.id}`);
  const item = editorPage.getByRole("listitem", { name: /taxes fell by 40 percent/ });
  await expect(item).toContainText("Claim 2");
  await expect(item.locator(`a[href="/articles/${article.id}?claim=2"]`).first()).toBeVisible();

  // Approved-only exports: claims 1 and 3, still called 1 and 3.
  const exported = async (format: string) =>
    (await editorPage.request.get(`/api/articles/${article.id}/export?format=${format}&scope=approved`)).text();
  const html = await exported("html");
  expect(html).toContain('id="claim-1"');
  expect(html).toContain('id="claim-3"');
  expect(html).not.toContain('id="claim-2"');
  const markdown = await exported("md");
  expect(markdown).toContain("**Claim 1**");
  expect(markdown).toContain("**Claim 3**");
  expect(markdown).not.toContain("**Claim 2**");

  const published = await editorPage.request.post(`/api/articles/${article.id}/publish`);
  const { url } = (await published.json()) as { url: string };
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`${new URL(url).pathname}#claim-3`);
  const note = reader.locator("#claim-3");
  await expect(note).toContainText("Critics disagree");
  await expect(note.getByRole("heading", { name: /Claim 3/ })).toBeVisible();
  await expect(reader.locator("#claim-1")).toContainText("crime fell too");
  await expect(reader.locator("#claim-2")).toHaveCount(0);
  await reader.context().close();
  await editorPage.context().close();
});
