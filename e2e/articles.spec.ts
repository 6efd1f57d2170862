import { test, expect } from "@/e2e/fixtures/test";
import { readSeedArticle } from "@/prisma/seed/demo";

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
