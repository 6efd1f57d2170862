import { test, expect } from "@/e2e/fixtures/test";
import { createClaimOnQuote } from "@/prisma/seed/factories";

const QUOTE = "did not have communications with the Russians";
// The quote is in the seed article twice: the second one, as the confirmation hearing put it.
const AT_HEARING = { quote: QUOTE, prefix: "confirmation hearing that he " };
const OTHER = "I never met with any Russian officials to discuss issues of the campaign";

test("search from an article with /, open a claim result, share the address, narrow by a facet", async ({
  page,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  // A word no other test writes, so the results are this test's own.
  const word = `ledgerword${Date.now().toString(36).replace(/\d/g, "")}`;
  const first = await createClaimOnQuote(db, {
    articleId: article.id,
    ...AT_HEARING,
    userId: user.id,
    claimant: "Jeff Sessions",
    verdict: "false",
    rationale: `The ${word} transcript shows two meetings with the ambassador.`,
  });
  await createClaimOnQuote(db, {
    articleId: article.id,
    quote: OTHER,
    userId: user.id,
    verdict: "misleading",
    rationale: `See the ${word} records of the Senate committee.`,
  });

  await page.goto(`/articles/${article.id}`);
  await page.getByRole("heading", { name: article.title }).click(); // focus on the page, not in the text
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search the archive" });
  await expect(box).toBeFocused();
  await box.fill(`${word} Russians`);
  await box.press("Enter");

  await expect(page.getByRole("heading", { name: "2 results" })).toBeVisible();
  const results = page.getByRole("list").filter({ has: page.getByRole("link", { name: /communications/ }) });
  await expect(results.locator("mark").filter({ hasText: word }).first()).toBeVisible();
  await expect(results.getByText("✗ False")).toBeVisible();

  // The address is the search: a reload shows the same results.
  const address = page.url();
  expect(address).toContain(`q=${word}+Russians`);
  await page.reload();
  await expect(page.getByRole("heading", { name: "2 results" })).toBeVisible();

  // A facet narrows the results and says so in the address.
  const facets = page.getByRole("navigation", { name: "Narrow the results" });
  await facets.getByRole("link", { name: "Misleading (1)" }).click();
  await expect(page).toHaveURL(/verdict=misleading/);
  await expect(page.getByRole("heading", { name: "1 result" })).toBeVisible();
  await expect(page.getByRole("link", { name: /never met with any Russian officials/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /communications with the Russians/ })).toHaveCount(0);

  // Back to both, then open the claim: its article opens with that claim selected.
  await page.goto(address);
  await page.getByRole("link", { name: /communications with the Russians/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${first.number}$`));
  await expect(page.getByRole("heading", { name: `Claim ${first.number}`, level: 2 })).toBeVisible();
  await expect(page.getByLabel("Claimant")).toHaveValue("Jeff Sessions");
});

test("the header links to search; a misspelled name still finds the claim", async ({
  page,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  const name = `Kislyak${Date.now().toString(36).replace(/\d/g, "")}`;
  await createClaimOnQuote(db, { articleId: article.id, ...AT_HEARING, userId: user.id, claimant: `Sergey ${name}` });

  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("searchbox", { name: "Search the archive" })).toBeFocused();
  await page.keyboard.type(name.replace("Kislyak", "Kisliak"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: /communications with the Russians/ })).toBeVisible();
  // Found by spelling: the name as it is spelled in the claim is what gets marked.
  await expect(page.locator("mark").filter({ hasText: name }).first()).toBeVisible();
});

test("the search page fits a 390 px phone", async ({ page, signedInAs, seedArticleFor }) => {
  const user = await signedInAs("CHECKER");
  await seedArticleFor(user);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/search?q=Russian+ambassador&type=article");
  await expect(page.getByRole("heading", { name: /results?/, level: 2 }).first()).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search the archive" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a search with more than 20 results shows 20, Next page shows the rest, First page goes back", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("CHECKER");
  const word = `pagerword${randomLetters(8)}`;
  const lines = Array.from({ length: 24 }, (_, i) => `Witness ${i + 1} saw the ${word} ledger at the embassy.`);
  const created = await page.request.post("/api/articles", {
    data: { title: `Witness statements ${word}`, format: "text", body: lines.join("\n\n") },
  });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string; title: string } };
  for (const exact of lines) {
    const claim = await page.request.post(`/api/articles/${article.id}/claims`, {
      data: { target: { selector: [{ type: "TextQuoteSelector", exact }] } },
    });
    expect(claim.status(), exact).toBe(201);
  }
  // The article (its text holds the word) and each of its 24 claims.
  const everyResult = [article.title, ...lines.map((line) => `“${line}”`)].sort();

  await page.goto(`/search?q=${word}`);
  const results = page.getByRole("region", { name: "25 results" });
  const titles = results.getByRole("heading", { level: 3 });
  const pages = page.getByRole("navigation", { name: "Pages of results" });
  await expect(titles).toHaveCount(20);
  await expect(pages.getByRole("link", { name: "First page" })).toHaveCount(0);
  const firstPage = await titles.allInnerTexts();

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(titles).toHaveCount(5);
  const laterPage = await titles.allInnerTexts();
  expect(laterPage.filter((title) => firstPage.includes(title))).toEqual([]);
  expect([...firstPage, ...laterPage].sort()).toEqual(everyResult);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);

  await pages.getByRole("link", { name: "First page" }).click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expect(titles).toHaveCount(20);
  expect(await titles.allInnerTexts()).toEqual(firstPage);
  await expect(pages.getByRole("link", { name: "Next page" })).toBeVisible();
});

/** Letters only (a digit would be its own search term): a word no other test or run writes. */
function randomLetters(count: number): string {
  return Array.from({ length: count }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}
