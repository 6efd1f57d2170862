import { test, expect } from "@/e2e/fixtures/test";
import { budgetDocx } from "@/server/articles/import/testing/docx-fixture";
import { articlePage, page as htmlPage, startLocalSite } from "@/server/articles/import/testing/local-site";

// The e2e server runs with IMPORT_ALLOW_PRIVATE_HOSTS=1 (scripts/e2e-server.ts), so it may fetch
// from this loopback server; nothing leaves 127.0.0.1.
test("an article imported from a web address keeps its text, title, byline, outlet and date", async ({
  page,
  signedInAs,
}) => {
  const title = `Council approves the budget ${Date.now().toString(36)}`;
  const site = await startLocalSite({ "/story": htmlPage(articlePage({ title })) });
  try {
    await signedInAs("CHECKER");
    await page.goto("/articles/new");
    await page.getByRole("radio", { name: "From a web address" }).check();
    await page.getByLabel("Article URL").fill(site.url("/story"));
    await page.getByRole("button", { name: "Save article" }).click();

    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByText("The Daily Test · Jane Reporter · 14 May 2024")).toBeVisible();
    const text = page.getByRole("textbox", { name: "Article text" });
    await expect(text).toContainText("Paragraph 6: the city council voted on Tuesday");
    await expect(text).not.toContainText("Copyright");
    await expect(text.getByRole("link", { name: "the budget" })).toHaveAttribute("href", site.url("/budget.pdf"));
  } finally {
    await site.close();
  }
});

test("a private address is refused at the field, saying why", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "From a web address" }).check();
  await page.getByLabel("Article URL").fill("http://10.0.0.1/intranet");
  await page.getByRole("button", { name: "Save article" }).click();

  const field = page.getByLabel("Article URL");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/This address points to a private network \(10\.0\.0\.1\)/);
  expect(await db.article.count({ where: { createdById: user.id } })).toBe(0);
});

test("a Word file chosen on the New article page is imported with its structure", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "Upload a file" }).check();
  const chooser = page.waitForEvent("filechooser");
  await page.getByLabel("Article file").click();
  await (
    await chooser
  ).setFiles({
    name: "budget-claims.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await budgetDocx(),
  });
  await expect(page.getByRole("status").filter({ hasText: "budget-claims.docx" })).toContainText(
    "budget-claims.docx will be imported as a Word document",
  );
  await expect(page.getByLabel("Title")).toHaveValue("budget-claims");
  const title = `Budget claims ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text.getByRole("heading", { name: "Budget claims", level: 1 })).toBeVisible();
  await expect(text.locator("li")).toHaveText(["First point", "Second point"]);
  await expect(text.locator("strong")).toHaveText("taxes fell");
  await expect(text.getByRole("link", { name: "the city budget" })).toHaveAttribute(
    "href",
    "https://example.org/budget",
  );
  await expect(text.locator("img")).toHaveCount(0);
});
