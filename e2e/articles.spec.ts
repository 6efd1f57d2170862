import { test, expect } from "@/e2e/fixtures/test";
import { readSeedArticle } from "@/prisma/seed/demo";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

test("a pasted plain-text article opens in the reading view, double spaces and all", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  await page.goto("/articles");
  await page.getByRole("link", { name: "New article" }).first().click();

  const title = `Sessions report ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").fill("CNN");
  await page.getByLabel("Article URL").fill("https://www.cnn.com/2017/03/01/politics/sessions");
  await page.getByLabel("Published on").fill("2017-03-02");
  await page.getByLabel("Body", { exact: true }).fill(await readSeedArticle());
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("CNN · 2 March 2017")).toBeVisible();
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText("Attorney General Jeff Sessions met twice last year");
  await expect(text.locator("p")).toHaveCount(1);
  expect(await text.evaluate((el) => el.textContent)).toContain("recuse himself from   inquiries");

  await page.goto("/articles");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("hostile HTML is sanitized and never runs; structure is kept", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Hostile markup");
  await page.getByRole("radio", { name: "HTML" }).check();
  await page.getByLabel("Body", { exact: true }).fill(
    `<h2>Budget claims</h2><p onmouseover="alert('p')">The mayor said <strong>taxes fell</strong>.<img src=x onerror="alert('img')"></p>
     <script>alert('script')</script><iframe src="javascript:alert('frame')"></iframe>
     <ul><li>First point</li><li>Second <a href="javascript:alert('link')">link</a></li></ul>`,
  );
  await page.getByRole("button", { name: "Save article" }).click();

  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text.getByRole("heading", { name: "Budget claims" })).toBeVisible();
  await expect(text.locator("li")).toHaveCount(2);
  await expect(text.locator("strong")).toHaveText("taxes fell");
  await expect(page.locator("script:not([src])").filter({ hasText: "alert" })).toHaveCount(0);
  await expect(text.locator("img, iframe, [onmouseover], [onerror]")).toHaveCount(0);
  await expect(text.locator('a[href*="javascript" i]')).toHaveCount(0);
  await expect(text.locator("li").nth(1)).toHaveText("Second link");
  await text.locator("p").first().hover();
  expect(dialogs).toEqual([]);
});

test("bad input gets field errors and saves nothing", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  await page.goto("/articles/new");
  await page.getByLabel("Article URL").fill("not a url");
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByText("Paste the article's text.")).toBeVisible();
  await expect(page.getByText(/Enter a full web address/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/articles\/new$/);
  expect(await db.article.count({ where: { createdById: user.id } })).toBe(0);
});

test("the list shows each article's claims by status and whether it is published, sorted and filtered from the URL", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const tag = `zl${Date.now().toString(36)}`;
  const body = "Taxes fell. Crime is down. Fares doubled. Rents rose.";
  const make = async (title: string, outlet: string, daysAgo: number) => {
    const a = await createArticle(db, { createdById: user.id, title: `${title} ${tag}`, outlet, body });
    await db.article.update({ where: { id: a.id }, data: { createdAt: new Date(Date.now() - daysAgo * 86_400_000) } });
    return a;
  };
  const budget = await make("Budget claims", "Daily Ledger", 2);
  const transit = await make("Alpha transit", "Metro Post", 1);
  for (const [quote, status] of [
    ["Taxes fell", "DRAFT"],
    ["Crime is down", "IN_REVIEW"],
    ["Fares doubled", "APPROVED"],
    ["Rents rose", "APPROVED"],
  ] as const) {
    const claim = await createClaimOnQuote(db, { articleId: budget.id, quote, userId: user.id });
    await db.claim.update({ where: { id: claim.id }, data: { status } });
  }
  await db.article.update({ where: { id: transit.id }, data: { publicSlug: `alpha-${tag}`, publicSince: new Date() } });

  await page.goto("/articles");
  await page.getByLabel("Search").fill(tag);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  const items = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  await expect(items).toHaveText([new RegExp(`Alpha transit ${tag}`), new RegExp(`Budget claims ${tag}`)]);
  const budgetItem = items.filter({ hasText: "Budget claims" });
  await expect(budgetItem).toContainText("4 claims: ");
  for (const words of ["1 draft", "1 in review", "2 approved", "Not published"])
    await expect(budgetItem).toContainText(words);
  await expect(budgetItem).not.toContainText("changes requested");
  const transitItem = items.filter({ hasText: "Alpha transit" });
  await expect(transitItem).toContainText("0 claims");
  await expect(transitItem.getByRole("link", { name: "public page" })).toHaveAttribute("href", `/p/alpha-${tag}`);

  await page.getByLabel("Sort by").selectOption({ label: "Title A–Z" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(items).toHaveText([/Alpha transit/, /Budget claims/]);
  await page.getByLabel("Sort by").selectOption({ label: "Most claims" });
  await page.getByRole("button", { name: "Apply" }).click();
  // The order alone is the same before and after: wait for the new list, or the next step races it.
  await expect(page).toHaveURL(/sort=claims/);
  await expect(items).toHaveText([/Budget claims/, /Alpha transit/]);
  await page.getByLabel("Sort by").selectOption({ label: "Oldest added" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(items).toHaveText([/Budget claims/, /Alpha transit/]);

  await page.getByRole("checkbox", { name: "Published articles" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(items).toHaveText([/Alpha transit/]);

  // The URL is the list: opened afresh, it shows the same list with the same controls.
  await page.goto(`/articles?q=${tag}&inReview=1&sort=title`);
  await expect(page.getByLabel("Search")).toHaveValue(tag);
  await expect(page.getByLabel("Sort by")).toHaveValue("title");
  await expect(page.getByRole("checkbox", { name: "Articles with claims in review" })).toBeChecked();
  await expect(items).toHaveText([/Budget claims/]);
  await page.goto(`/articles?q=${tag}-nothing`);
  await expect(page.getByText("No articles match these filters.")).toBeVisible();

  const api = await (await page.request.get(`/api/articles?q=${tag}&sort=claims`)).json();
  expect(api.articles[0]).toMatchObject({
    id: budget.id,
    statusCounts: { DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 2 },
    publicPath: null,
  });
  expect(api.articles[1]).toMatchObject({ id: transit.id, publicPath: `/p/alpha-${tag}` });
});

test("a long list comes a page at a time: Next page follows the same sort and filters to the end", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const tag = `zp${Date.now().toString(36)}`;
  for (const [title, daysAgo] of [
    ["First filed", 3],
    ["Second filed", 2],
    ["Third filed", 1],
  ] as const) {
    const a = await createArticle(db, { createdById: user.id, title: `${title} ${tag}`, body: "Taxes fell." });
    await db.article.update({ where: { id: a.id }, data: { createdAt: new Date(Date.now() - daysAgo * 86_400_000) } });
  }

  await page.goto(`/articles?q=${tag}&sort=oldest&limit=1`);
  const items = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  const pages = page.getByRole("navigation", { name: "Pages of articles" });
  await expect(items).toHaveText([/First filed/]);
  await expect(pages.getByRole("link", { name: "First page" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(items).toHaveText([/Second filed/]);
  // From the keyboard too.
  await pages.getByRole("link", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(items).toHaveText([/Third filed/]);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expect(page.getByLabel("Sort by")).toHaveValue("oldest");
  await pages.getByRole("link", { name: "First page" }).click();
  await expect(items).toHaveText([/First filed/]);

  const first = await (await page.request.get(`/api/articles?q=${tag}&sort=oldest&limit=2`)).json();
  expect(first.articles.map((a: { title: string }) => a.title)).toEqual([`First filed ${tag}`, `Second filed ${tag}`]);
  const last = await (
    await page.request.get(`/api/articles?q=${tag}&sort=oldest&limit=2&cursor=${first.nextCursor}`)
  ).json();
  expect(last).toMatchObject({ articles: [{ title: `Third filed ${tag}` }], nextCursor: null });
  const wrongSort = await page.request.get(`/api/articles?q=${tag}&sort=title&cursor=${first.nextCursor}`);
  expect(wrongSort.status()).toBe(400);
  expect((await wrongSort.json()).error.fields.cursor[0]).toMatch(/another sort/);
});

test("desk pages carry the favicon", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  await page.goto("/articles");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
