import type { Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { createArticle } from "@/prisma/seed/factories";

const QUOTE = "did not have communications with the Russians";
const BODY = `Sessions said he ${QUOTE} during the campaign. Records show two meetings.`;
const SOURCE = { url: "https://news.example/sessions-kislyak", title: "Sessions met the ambassador twice" };

interface ApiClaim {
  id: string;
  number: number;
  version: number;
}

/** A claim made through the API, as the desk makes it, so its history starts at creation. */
async function claimThroughApi(page: Page, articleId: string): Promise<ApiClaim> {
  const response = await page.request.post(`/api/articles/${articleId}/claims`, {
    data: { target: { selector: [{ type: "TextQuoteSelector", exact: QUOTE }] } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { claim: ApiClaim }).claim;
}

async function patch(page: Page, claim: ApiClaim, fields: Record<string, unknown>): Promise<ApiClaim> {
  const response = await page.request.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, ...fields } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { claim: ApiClaim }).claim;
}

async function openClaim(page: Page, articleId: string, claim: ApiClaim) {
  await page.goto(`/articles/${articleId}`);
  await page.locator(`mark[data-claim-id="${claim.id}"]`).click();
  await expect(page.getByRole("heading", { name: `Claim ${claim.number}` })).toBeVisible();
}

test("the history says what changed in words, never field names", async ({ page, signedInAs, db }) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  let claim = await claimThroughApi(page, article.id);
  claim = await patch(page, claim, { claimant: "Jeff Sessions", verdict: "mostly_true" });
  claim = await patch(page, claim, { verdict: "false", rationale: "He met Sergey Kislyak twice in 2016." });
  const added = await page.request.post(`/api/claims/${claim.id}/sources`, { data: { ...SOURCE, stance: "REFUTES" } });
  expect(added.status()).toBe(201);

  await openClaim(page, article.id, claim);
  await page.getByText("History", { exact: true }).click();
  const history = page.getByRole("list", { name: "History" }).locator(":scope > li");
  await expect(history).toHaveText([
    new RegExp(`${user.name} created the claim[\\s\\S]*Quote set to “${QUOTE}”`),
    new RegExp(`${user.name} edited the claim[\\s\\S]*Claimant: — → Jeff Sessions[\\s\\S]*Verdict: — → Mostly true`),
    new RegExp(`${user.name} edited the claim[\\s\\S]*Verdict: Mostly true → False[\\s\\S]*Rationale: — → “He met`),
    new RegExp(
      `${user.name} added a source[\\s\\S]*Source added: “${SOURCE.title}” \\(refutes the claim, ${SOURCE.url}\\)`,
    ),
  ]);
  for (const fieldName of ["exact", "startOffset", "endOffset", "prefix", "suffix", "mostly_true", "REFUTES"]) {
    await expect(page.getByRole("list", { name: "History" })).not.toContainText(fieldName);
  }
});

test("adding a source already on the claim is refused at the URL field, keeping what was typed", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await createArticle(db, { createdById: user.id, body: BODY });
  const claim = await claimThroughApi(page, article.id);
  await openClaim(page, article.id, claim);

  await page.getByLabel("Source URL").fill(SOURCE.url);
  await page.getByLabel("Source title").fill(SOURCE.title);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);

  // The same page, written differently: host case, default port, trailing slash.
  const again = "https://NEWS.example:443/sessions-kislyak/";
  await page.getByLabel("Source URL").fill(again);
  await page.getByLabel("Source title").fill("The same report again");
  await page.getByLabel("Stance").selectOption("CONTEXT");
  await page.getByRole("button", { name: "Add source" }).click();

  const url = page.getByLabel("Source URL");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAccessibleDescription(new RegExp(`This source is already on claim ${claim.number}\\.$`));
  await expect(url).toBeFocused();
  await expect(url).toHaveValue(again);
  await expect(page.getByLabel("Source title")).toHaveValue("The same report again");
  await expect(page.getByLabel("Stance")).toHaveValue("CONTEXT");
  await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);
  expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);

  const api = await page.request.post(`/api/claims/${claim.id}/sources`, {
    data: { url: `${SOURCE.url}/`, title: "Again", stance: "SUPPORTS" },
  });
  expect(api.status()).toBe(409);
  expect((await api.json()).error).toMatchObject({
    code: "CONFLICT",
    fields: { url: [`This source is already on claim ${claim.number}.`] },
  });
});
