import { test, expect } from "@/e2e/fixtures/test";
import { selectWithMouse } from "@/e2e/fixtures/selection";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const QUOTE = "I never met with any Russian officials to discuss issues of the campaign";

test("select with the mouse, add a claim, record verdict and sources; all of it survives a reload", async ({
  page,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  await page.goto(`/articles/${article.id}`);

  await selectWithMouse(page, QUOTE);
  await expect(page.getByText(`Selected: “${QUOTE.slice(0, 57)}…”`)).toBeVisible();
  await page.getByRole("button", { name: "Add claim" }).click();

  const highlight = page.locator("mark[data-claim-id]");
  await expect(highlight).toHaveText(QUOTE);
  const claimId = await highlight.getAttribute("data-claim-id");
  await expect(page.getByRole("button", { name: /^Claim 1: “I never met/ })).toHaveAttribute("aria-current", "true");

  await expect(page.getByLabel("Claimant")).toBeFocused();
  await page.getByLabel("Claimant").fill("Jeff Sessions");
  await page.getByLabel("Verdict").selectOption("false");
  await page
    .getByLabel("Rationale")
    .fill("Sessions met the Russian ambassador twice in 2016, per the Justice Department.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();
  // The verdict reads as symbol and words in the list and beside the highlight, not colour alone.
  await expect(page.locator(".claim-list .verdict-badge")).toHaveText("✗ False");
  await expect(page.locator(`sup[data-claim-marker="${claimId}"]`)).toHaveText("1\u00a0✗");

  await page
    .getByLabel("Source URL")
    .fill("https://www.washingtonpost.com/world/national-security/sessions-spoke-twice-with-russian-ambassador");
  await page.getByLabel("Source title").fill("Sessions spoke twice with Russian ambassador");
  await page.getByLabel("Publisher").fill("The Washington Post");
  await page.getByLabel("Excerpt").fill("Sessions met with Kislyak twice");
  await page.getByLabel("Stance").selectOption("REFUTES");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("link", { name: "Sessions spoke twice with Russian ambassador" })).toBeVisible();

  await page.getByLabel("Source URL").fill("javascript:alert(1)");
  await page.getByLabel("Source title").fill("Bad link");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByLabel("Source title")).toHaveValue("Bad link");

  await page.reload();
  await page.locator(`mark[data-claim-id="${claimId}"]`).click();
  await expect(page.getByLabel("Claimant")).toHaveValue("Jeff Sessions");
  await expect(page.getByLabel("Verdict")).toHaveValue("false");
  await expect(page.getByLabel("Rationale")).toHaveValue(/met the Russian ambassador twice/);
  const source = page.getByRole("list", { name: "Sources" }).getByRole("listitem");
  await expect(source).toHaveCount(1);
  await expect(source).toContainText("Refutes the claim");
  await expect(source).toContainText("The Washington Post");
});

test("a claim can be made from the keyboard alone", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: user.id,
    body: "The mayor said taxes fell by 40 percent last year. Critics disagree.",
  });
  await page.goto(`/articles/${article.id}`);

  const text = page.getByRole("textbox", { name: "Article text" });
  // The header's links and controls come first; their number grows with the desk.
  for (let i = 0; i < 30 && !(await text.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "The mayor said ".length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < "taxes fell by 40 percent".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Control+Alt+m");

  await expect(page.locator("mark[data-claim-id]")).toHaveText("taxes fell by 40 percent");
  await expect(page.getByLabel("Claimant")).toBeFocused();
  await page.keyboard.type("Mayor Dana Reyes");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Verdict")).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.type("City budget documents show a 12 percent fall.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save claim" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: /Claim 1: “taxes fell by 40 percent”/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Claimant")).toHaveValue("Mayor Dana Reyes");
  await expect(page.getByLabel("Verdict")).toHaveValue("mostly_false");
});

test("overlapping and nested claims each keep their own highlight and stay reachable", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: user.id,
    body: "Sessions did not mention either meeting during his confirmation hearings when he said he knew of no contacts.",
  });
  const claim = (quote: string, claimant: string) =>
    createClaimOnQuote(db, { articleId: article.id, quote, userId: user.id, claimant });
  const outer = await claim("Sessions did not mention either meeting during his confirmation hearings", "Outer");
  const nested = await claim("either meeting", "Nested");
  const overlapping = await claim("his confirmation hearings when he said", "Overlapping");
  await page.goto(`/articles/${article.id}`);

  const marks = (id: string) => page.locator(`mark[data-claim-id="${id}"]`);
  await expect(marks(outer.id).first()).toBeVisible();
  expect(
    await marks(outer.id)
      .allInnerTexts()
      .then((parts) => parts.join("")),
  ).toContain("Sessions did not mention");
  await expect(marks(nested.id)).toHaveText("either meeting");
  expect((await marks(overlapping.id).allTextContents()).join("")).toBe("his confirmation hearings when he said");

  await marks(nested.id).click();
  await expect(page.getByLabel("Claimant")).toHaveValue("Nested");
  await marks(outer.id)
    .first()
    .click({ position: { x: 3, y: 5 } });
  await expect(page.getByLabel("Claimant")).toHaveValue("Outer");
  await marks(overlapping.id).last().click();
  await expect(page.getByLabel("Claimant")).toHaveValue("Overlapping");

  // The sidebar lists them in text order and selects each highlight.
  const items = page.getByRole("list", { name: "Claims in text order" }).getByRole("button");
  await expect(items).toHaveText([
    /Claim 1: “Sessions did not mention/,
    /Claim 2: “either meeting”/,
    /Claim 3: “his confirmation/,
  ]);
  await items.nth(1).click();
  await expect(marks(nested.id)).toHaveClass(/is-selected/);
  await expect(marks(outer.id).first()).not.toHaveClass(/is-selected/);
});

test("deleting a claim asks first, then removes it and its highlight for good", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: user.id,
    body: "Unemployment is at a record low, the minister said.",
  });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "Unemployment is at a record low",
    userId: user.id,
  });
  await page.goto(`/articles/${article.id}`);

  await page.locator(`mark[data-claim-id="${claim.id}"]`).click();
  await page.getByRole("button", { name: "Delete claim" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("This cannot be undone");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(`mark[data-claim-id="${claim.id}"]`)).toBeVisible();

  await page.getByRole("button", { name: "Delete claim" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.locator(`mark[data-claim-id="${claim.id}"]`)).toHaveCount(0);
  await expect(page.getByText("No claims yet.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No claims yet.")).toBeVisible();
});

test("two people saving the same claim: the second is told who changed it, and nothing is overwritten", async ({
  page,
  browser,
  signedInAs,
  db,
}) => {
  const checker = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: checker.id,
    body: "The bridge cost twice its budget, the auditor found.",
  });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "The bridge cost twice its budget",
    userId: checker.id,
  });
  const editorPage = await (await browser.newContext()).newPage();
  const editor = await signedInAs("EDITOR", editorPage);

  for (const p of [page, editorPage]) {
    await p.goto(`/articles/${article.id}`);
    await p.locator(`mark[data-claim-id="${claim.id}"]`).click();
  }
  // The checker starts typing first: with nothing typed, the live stream would simply show the
  // editor's version and there would be nothing to refuse.
  await page.getByLabel("Verdict").selectOption("true");
  await editorPage.getByLabel("Rationale").fill("The audit report puts the overrun at 96 percent.");
  await editorPage.getByRole("button", { name: "Save claim" }).click();
  await expect(editorPage.getByText("Version 2 · last changed by")).toBeVisible();

  await page.getByRole("button", { name: "Save claim" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "changed this claim" });
  await expect(conflict).toContainText(`${editor.name} changed this claim at`);
  await expect(conflict).toContainText("Your changes were not saved");
  await expect(page.getByLabel("Verdict")).toHaveValue("true");

  await conflict.getByRole("button", { name: "Load their version" }).click();
  await expect(page.getByLabel("Rationale")).toHaveValue("The audit report puts the overrun at 96 percent.");
  await expect(page.getByLabel("Verdict")).toHaveValue("");
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(stored).toMatchObject({
    version: 2,
    verdict: null,
    rationale: "The audit report puts the overrun at 96 percent.",
  });
  await editorPage.context().close();
});

test("a long claim list shows 50 entries and Show more; the selected claim is always listed", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const facts = Array.from({ length: 55 }, (_, i) => `Fact ${i + 1} is here`);
  const article = await createArticle(db, { createdById: user.id, body: facts.map((f) => `${f}.`).join(" ") });
  for (const quote of facts) await createClaimOnQuote(db, { articleId: article.id, quote, userId: user.id });

  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole("list", { name: "Claims in text order" });
  await expect(page.locator("mark[data-claim-id]")).toHaveCount(55);
  await expect(list.getByRole("button")).toHaveCount(50);
  const more = page.getByRole("button", { name: "Show 5 more of the 5 claims not listed" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(list.getByRole("button")).toHaveCount(55);
  await expect(more).toHaveCount(0);
  // Focus lands on the first entry added, where a keyboard user reads on.
  await expect(list.getByRole("button", { name: /^Claim 51: “Fact 51 is here”/ })).toBeFocused();

  await page.goto(`/articles/${article.id}?claim=54`);
  await expect(page.getByRole("heading", { name: "Claim 54" })).toBeVisible();
  await expect(list.getByRole("button")).toHaveCount(54);
  await expect(list.getByRole("button", { name: /^Claim 54:/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("button", { name: /^Show 1 more/ })).toBeVisible();
});
