import { test, expect } from "@/e2e/fixtures/test";
import { createArticle } from "@/prisma/seed/factories";

const STAT = "The Riverton City Council approved a $412 million budget on Tuesday, the largest in the city's history.";
const CRIME = "Mayor Dana Whitfield said violent crime had doubled since 2019.";
const POLICE = "Police records show 214 violent crimes were reported in 2019 and 391 last year.";
const BODY = `${STAT} Is that the city we want to be?\n\n${CRIME} Whitfield thanked the staff for their hard work.\n\n${POLICE}`;

test("Suggest claims marks check-worthy sentences with reasons; Enter makes one a claim, Delete dismisses one for good", async ({
  page,
  db,
  signedInAs,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  await page.goto(`/articles/${article.id}`);

  const toggle = page.getByRole("button", { name: "Suggest claims" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  const list = page.getByRole("list", { name: "Suggested claims" });
  const items = list.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Make claim" }) });
  await expect(items).toHaveCount(3);
  const stat = items.filter({ hasText: "$412 million budget" });
  await expect(stat.getByRole("list", { name: "Reasons" })).toContainText("Has a statistic: $412 million");
  await expect(stat).toContainText(/Likely check-worthy \d+%/);
  // Marked in the text itself, apart from claims, with a name that says what the mark is.
  const text = page.getByTestId("article-text");
  await expect(text.locator(".suggestion-highlight").filter({ hasText: "violent crime had doubled" })).toBeVisible();
  await expect(text.locator(".suggestion-marker").first()).toContainText("Suggested claim: ");
  await expect(text.locator("mark[data-claim-id]")).toHaveCount(0);

  // Keyboard: into the list, down to the next suggestion, Enter makes it a claim.
  await items.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(items.nth(1)).toBeFocused();
  const chosen = (await items.nth(1).locator(".suggestion__text").textContent())!;
  await page.keyboard.press("Enter");
  await expect(text.locator("mark[data-claim-id]")).toHaveText(chosen);
  await expect(page.getByRole("button", { name: /^Claim 1: “/ })).toBeVisible();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: chosen })).toHaveCount(0);

  // Delete dismisses the focused suggestion and says so.
  await items.first().focus();
  const dismissed = (await items.first().locator(".suggestion__text").textContent())!;
  await page.keyboard.press("Delete");
  await expect(page.getByRole("status").filter({ hasText: "Suggestion dismissed" })).toBeAttached();
  await expect(items).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole("button", { name: "Suggest claims" })).toHaveAttribute("aria-pressed", "true");
  await expect(items).toHaveCount(1);
  await expect(items.filter({ hasText: dismissed })).toHaveCount(0);
  await expect(items.filter({ hasText: chosen })).toHaveCount(0);
});
