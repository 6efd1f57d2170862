import { test, expect } from "@/e2e/fixtures/test";
import { pointInText, selectWithMouse } from "@/e2e/fixtures/selection";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const QUOTE = "did not have communications with the Russians";

test("a mouse selection that starts and ends mid-word becomes a claim on whole words", async ({
  page,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  await page.goto(`/articles/${article.id}`);

  await selectWithMouse(page, "id not have communications with the Russi");
  // The user sees the widened selection before adding the claim.
  await expect(page.getByText(`Selected: “${QUOTE}”`)).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  await page.getByRole("button", { name: "Add claim" }).click();

  await expect(page.locator("mark[data-claim-id]")).toHaveText(QUOTE);
});

test("a double-click selects one word; Shift+arrows select exactly the characters chosen", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: user.id,
    body: "Sessions said he did not meet Kislyak during the campaign.",
  });
  await page.goto(`/articles/${article.id}`);

  const { x, y } = await pointInText(page, "Kislyak", 3);
  await page.mouse.dblclick(x, y);
  await expect(page.getByText("Selected: “Kislyak”")).toBeVisible();

  const text = page.getByRole("textbox", { name: "Article text" });
  await text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "Sessions sa".length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < "id he di".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByText("Selected: “id he di”")).toBeVisible();
});

test("a claim made through the API that ends mid-word keeps its marker after the whole word", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, {
    createdById: user.id,
    body: "He had no communications with the Russians, he said.",
  });
  await createClaimOnQuote(db, { articleId: article.id, quote: "communications with the Russ", userId: user.id });
  await page.goto(`/articles/${article.id}`);

  await expect(page.locator("mark[data-claim-id]")).toHaveText("communications with the Russ");
  const textBeforeMarker = await page.locator("sup[data-claim-marker]").evaluate((sup) => {
    const range = document.createRange();
    range.setStart(sup.closest("p")!, 0);
    range.setEndBefore(sup);
    return range.toString();
  });
  expect(textBeforeMarker).toBe("He had no communications with the Russians");
});

test("from the keyboard alone: find a phrase and make it a claim in a few keystrokes", async ({
  page,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("textbox", { name: "Article text" })).toBeVisible();

  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes++;
    await page.keyboard.press(key);
  };
  const type = async (text: string) => {
    keystrokes += text.length;
    await page.keyboard.type(text);
  };

  await press("Control+Alt+f");
  const find = page.getByRole("searchbox", { name: "Find in article" });
  await expect(find).toBeFocused();
  await type("25 conversations");
  await press("Enter");
  await expect(page.getByRole("search", { name: "Search the article" }).getByRole("status")).toHaveText("Match 1 of 1");
  await expect(page.getByText("Selected: “25 conversations”")).toBeVisible();
  await press("Control+Alt+m");

  await expect(page.locator("mark[data-claim-id]")).toHaveText("25 conversations");
  await expect(page.getByLabel("Claimant")).toBeFocused();
  expect(keystrokes).toBeLessThanOrEqual(20);
});

test("find steps through matches both ways, wraps around, and hands over to Add claim", async ({
  page,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  await page.goto(`/articles/${article.id}`);

  // "/" in the text focuses the find box.
  await page.getByRole("textbox", { name: "Article text" }).focus();
  await page.keyboard.press("/");
  const find = page.getByRole("searchbox", { name: "Find in article" });
  await expect(find).toBeFocused();
  await expect(find).toHaveAttribute("aria-keyshortcuts", /Control\+Alt\+F/);

  // Neither case nor spacing matters.
  await page.keyboard.type("RUSSIAN   ambassador");
  const status = page.getByRole("search", { name: "Search the article" }).getByRole("status");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Match 1 of 2");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Match 2 of 2");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Match 1 of 2");
  await page.keyboard.press("Shift+Enter");
  await expect(status).toHaveText("Match 2 of 2");
  await expect(page.locator("[data-find-match]")).toBeInViewport();

  // A straight apostrophe finds the article's curly one.
  await find.fill("Trump's");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Selected: “Trump’s”")).toBeVisible();

  await find.fill("no such words");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("No matches for “no such words”.");

  // Escape goes into the text at the match, where Shift+arrows adjust it character by character.
  await find.fill("25 conversations");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("textbox", { name: "Article text" })).toBeFocused();
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(page.getByText("Selected: “25 conversation”")).toBeVisible();

  await page.keyboard.press("Control+Alt+f");
  await expect(find).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Selected: “25 conversations”")).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Add claim" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("mark[data-claim-id]")).toHaveText("25 conversations");
});
