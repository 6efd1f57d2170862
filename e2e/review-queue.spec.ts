import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { test, expect } from "@/e2e/fixtures/test";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";

const BODY =
  "The mayor said taxes fell by 40 percent last year. Bus fares doubled in March. Crime is at a record low, the chief said.";
const TAXES = "taxes fell by 40 percent last year";
const FARES = "Bus fares doubled in March";
const CRIME = "Crime is at a record low";
const HOUR = 3600 * 1000;

/** A claim as its checker would submit it: verdict, rationale and a source, in review since `hoursAgo`. */
async function claimInReview(
  db: PrismaClient,
  articleId: string,
  quote: string,
  checkerId: string,
  hoursAgo: number,
  verdictEditedById = checkerId,
) {
  const claim = await createClaimOnQuote(db, { articleId, quote, userId: checkerId, claimant: "Mayor Dana Reyes" });
  await db.claim.update({
    where: { id: claim.id },
    data: {
      status: "IN_REVIEW",
      verdict: "false",
      rationale: "The budget shows a 12 percent fall.",
      verdictEditedById,
      submittedAt: new Date(Date.now() - hoursAgo * HOUR),
    },
  });
  await db.source.create({
    data: {
      claimId: claim.id,
      url: "https://example.org/budget",
      title: "City budget",
      stance: "REFUTES",
      addedById: checkerId,
    },
  });
  return claim;
}

async function deskWithClaims(db: PrismaClient) {
  const tag = Date.now().toString(36);
  const casey = await createUser(db, { name: `Casey Review ${tag}` });
  const drew = await createUser(db, { name: `Drew Review ${tag}` });
  const article = await createArticle(db, { createdById: casey.id, title: `City budget ${tag}`, body: BODY });
  return { casey, drew, article };
}

const queueItem = (page: Page, quote: string) =>
  page.getByRole("list", { name: "Waiting for review, oldest first" }).getByRole("listitem").filter({ hasText: quote });

test("an editor filters the queue by checker, sends one claim back and approves another", async ({
  page,
  signedInAs,
  db,
}) => {
  await signedInAs("EDITOR");
  const { casey, drew, article } = await deskWithClaims(db);
  const sendBack = await claimInReview(db, article.id, TAXES, casey.id, 3);
  const approve = await claimInReview(db, article.id, CRIME, casey.id, 1);
  await claimInReview(db, article.id, FARES, drew.id, 2);

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const taxes = queueItem(page, TAXES);
  await expect(taxes.getByRole("link", { name: article.title, exact: true })).toHaveAttribute(
    "href",
    `/articles/${article.id}`,
  );
  await expect(taxes).toContainText(casey.name);
  await expect(taxes).toContainText("✗ False");
  await expect(taxes).toContainText(/waiting 3 h/);

  await page.getByLabel("Checker").selectOption({ label: casey.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`checkerId=${casey.id}`));
  await expect(queueItem(page, FARES)).toHaveCount(0);
  // Direct children only: each item holds its own list of sources.
  await expect(page.getByRole("list", { name: "Waiting for review, oldest first" }).locator(":scope > li")).toHaveText([
    new RegExp(TAXES),
    new RegExp(CRIME),
  ]);
  const counts = page.getByRole("navigation", { name: "Claims by status" });
  await expect(counts).toContainText("In review: 2");
  await expect(counts).toContainText("Changes requested: 0");

  await page.getByRole("button", { name: `Request changes to claim ${sendBack.number}, “${TAXES}”` }).click();
  await page.getByRole("button", { name: `Send back claim “${TAXES}”` }).click();
  await expect(taxes.getByText("Say what needs to change")).toBeVisible();
  await page.getByLabel("What needs to change").fill("Cite the 2024 budget table, not the press release.");
  await page.getByRole("button", { name: `Send back claim “${TAXES}”` }).click();
  await expect(page.getByText(`Sent “${TAXES}” back to ${casey.name} with your comment.`)).toBeVisible();
  await expect(taxes).toHaveCount(0);
  await expect(counts).toContainText("In review: 1");
  await expect(counts).toContainText("Changes requested: 1");
  expect(await db.claim.findUniqueOrThrow({ where: { id: sendBack.id } })).toMatchObject({
    status: "CHANGES_REQUESTED",
  });
  expect(await db.comment.findMany({ where: { claimId: sendBack.id }, select: { body: true } })).toEqual([
    { body: "Cite the 2024 budget table, not the press release." },
  ]);

  await page.getByRole("button", { name: `Approve claim ${approve.number}, “${CRIME}”` }).click();
  await page
    .getByRole("group", { name: `Approve claim ${approve.number}?` })
    .getByRole("button", { name: "Confirm" })
    .click();
  await expect(page.getByText(`Approved claim ${approve.number}, “${CRIME}”.`)).toBeVisible();
  await expect(queueItem(page, CRIME)).toHaveCount(0);
  await expect(counts).toContainText("In review: 0");
  await expect(counts).toContainText("Approved: 1");
  await expect(page.getByText("No claims in review match these filters.")).toBeVisible();
  expect(await db.claim.findUniqueOrThrow({ where: { id: approve.id } })).toMatchObject({ status: "APPROVED" });

  await page.reload();
  await expect(page.getByLabel("Checker")).toHaveValue(casey.id);
  await expect(counts).toContainText("Changes requested: 1");
  await expect(page.getByText("No claims in review match these filters.")).toBeVisible();
});

test("the two-person rule is explained up front; a claim someone else already approved is refused beside it", async ({
  page,
  signedInAs,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const { casey, article } = await deskWithClaims(db);
  const own = await claimInReview(db, article.id, TAXES, casey.id, 2, editor.id);
  const taken = await claimInReview(db, article.id, CRIME, casey.id, 1);
  await page.goto(`/review?articleId=${article.id}`);
  await expect(page.getByLabel("Article")).toHaveValue(article.id);

  // The editor who wrote the verdict is told why they cannot approve, and the server agrees.
  await expect(queueItem(page, TAXES)).toContainText("another editor must approve this claim (two-person rule)");
  await expect(page.getByRole("button", { name: `Approve claim ${own.number}, “${TAXES}”` })).toHaveCount(0);
  const refused = await page.request.post(`/api/claims/${own.id}/approve`);
  expect(refused.status()).toBe(403);
  expect((await db.claim.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("IN_REVIEW");

  await db.claim.update({ where: { id: taken.id }, data: { status: "APPROVED" } });
  await page.getByRole("button", { name: `Approve claim ${taken.number}, “${CRIME}”` }).click();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(queueItem(page, CRIME).getByRole("alert")).toContainText("cannot approve it now");
  await expect(queueItem(page, TAXES)).toBeVisible();
});

test("GET /api/review-queue answers editors with filtered items and counts", async ({ page, signedInAs, db }) => {
  await signedInAs("EDITOR");
  const { casey, drew, article } = await deskWithClaims(db);
  const mine = await claimInReview(db, article.id, TAXES, casey.id, 1);
  await claimInReview(db, article.id, FARES, drew.id, 2);

  const response = await page.request.get(
    `/api/review-queue?articleId=${article.id}&checkerId=${casey.id}&verdict=false`,
  );
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.items).toHaveLength(1);
  expect(body.items[0]).toMatchObject({
    claim: { id: mine.id, status: "IN_REVIEW" },
    article: { id: article.id, title: article.title },
    checker: { id: casey.id, name: casey.name },
  });
  expect(body.counts).toEqual({ DRAFT: 0, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 0 });
  expect(body.filters.checkers).toEqual(
    expect.arrayContaining([
      { id: casey.id, name: casey.name },
      { id: drew.id, name: drew.name },
    ]),
  );

  const invalid = await page.request.get("/api/review-queue?verdict=pants_on_fire");
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fields.verdict).toHaveLength(1);
});

test("a fact-checker who opens the queue is told it is for editors; the API still refuses", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("CHECKER");
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "The review queue is for editors" })).toBeVisible();
  await expect(page.getByText("When you submit a claim for review")).toBeVisible();
  await page.getByRole("link", { name: "Back to Articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  const response = await page.request.get("/api/review-queue");
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("FORBIDDEN");
});

test("each item shows its rationale and sources and links to its claim; approving asks first", async ({
  page,
  signedInAs,
  db,
}) => {
  await signedInAs("EDITOR");
  const { casey, article } = await deskWithClaims(db);
  const claim = await claimInReview(db, article.id, TAXES, casey.id, 1);
  await db.source.create({
    data: {
      claimId: claim.id,
      url: "javascript:alert(1)",
      title: "Not a web page",
      stance: "CONTEXT",
      addedById: casey.id,
    },
  });
  await page.goto(`/review?articleId=${article.id}`);

  const item = queueItem(page, TAXES);
  await expect(item.getByRole("link", { name: `Claim ${claim.number}` })).toHaveAttribute(
    "href",
    `/articles/${article.id}?claim=${claim.number}`,
  );
  await expect(item.getByRole("region", { name: "Rationale" })).toContainText("The budget shows a 12 percent fall.");
  const sources = item.getByRole("list", { name: `Sources for claim ${claim.number}` }).getByRole("listitem");
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toContainText("Refutes the claim");
  const link = sources.first().getByRole("link", { name: "City budget" });
  await expect(link).toHaveAttribute("href", "https://example.org/budget");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(sources.nth(1)).toContainText("Adds context");
  await expect(sources.nth(1).getByRole("link")).toHaveCount(0);

  const approve = item.getByRole("button", { name: `Approve claim ${claim.number}, “${TAXES}”` });
  await approve.click();
  const confirm = item.getByRole("group", { name: `Approve claim ${claim.number}?` });
  await expect(confirm.getByRole("button", { name: "Confirm" })).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(approve).toBeFocused();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");

  await approve.click();
  await page.keyboard.press("Escape");
  await expect(approve).toBeFocused();
  await approve.click();
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText(`Approved claim ${claim.number}, “${TAXES}”.`)).toBeVisible();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("APPROVED");
});

test("the status counts filter the list by status, keeping the other filters", async ({ page, signedInAs, db }) => {
  await signedInAs("EDITOR");
  const { casey, article } = await deskWithClaims(db);
  await claimInReview(db, article.id, TAXES, casey.id, 1);
  const sentBack = await claimInReview(db, article.id, FARES, casey.id, 2);
  await db.claim.update({ where: { id: sentBack.id }, data: { status: "CHANGES_REQUESTED" } });
  await page.goto(`/review?articleId=${article.id}`);

  const counts = page.getByRole("navigation", { name: "Claims by status" });
  await expect(counts.getByRole("link", { name: "In review: 1" })).toHaveAttribute("aria-current", "page");
  await counts.getByRole("link", { name: "Changes requested: 1" }).click();
  await expect(page).toHaveURL(new RegExp(`articleId=${article.id}.*status=CHANGES_REQUESTED`));
  await expect(counts.getByRole("link", { name: "Changes requested: 1" })).toHaveAttribute("aria-current", "page");
  await expect(counts.getByRole("link", { name: "In review: 1" })).not.toHaveAttribute("aria-current", "page");
  const list = page.getByRole("list", { name: "Sent back for changes, most recently changed first" });
  await expect(list.getByRole("listitem").filter({ hasText: FARES })).toContainText("Changes requested");
  await expect(list.getByRole("listitem").filter({ hasText: TAXES })).toHaveCount(0);
  await expect(list.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(page.getByLabel("Article")).toHaveValue(article.id);

  await counts.getByRole("link", { name: "Approved: 0" }).click();
  await expect(page.getByText("No claims with status “Approved” match these filters.")).toBeVisible();
  await counts.getByRole("link", { name: "In review: 1" }).click();
  await expect(page.getByRole("list", { name: "Waiting for review, oldest first" })).toContainText(TAXES);
});

test("the queue comes a page at a time, oldest first, keeping its filters", async ({ page, signedInAs, db }) => {
  await signedInAs("EDITOR");
  const { casey, article } = await deskWithClaims(db);
  await claimInReview(db, article.id, FARES, casey.id, 3);
  await claimInReview(db, article.id, TAXES, casey.id, 2);
  await claimInReview(db, article.id, CRIME, casey.id, 1);

  await page.goto(`/review?articleId=${article.id}&limit=2`);
  // The queue's own entries, not the source lists inside them.
  const items = page.getByRole("list", { name: "Waiting for review, oldest first" }).locator(":scope > li");
  const pages = page.getByRole("navigation", { name: "Pages of the queue" });
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(FARES);
  await expect(items.nth(1)).toContainText(TAXES);
  await expect(page.getByText("3 claims are in review in all, oldest first, a page at a time.")).toBeVisible();
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(page).toHaveURL(new RegExp(`articleId=${article.id}`));
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText(CRIME);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await pages.getByRole("link", { name: "First page" }).click();
  await expect(items.nth(0)).toContainText(FARES);
});

test("each claim in the queue narrows the queue to its own article", async ({ page, signedInAs, db }) => {
  await signedInAs("EDITOR");
  const { casey, article } = await deskWithClaims(db);
  const other = await createArticle(db, { createdById: casey.id, title: `Transit ${article.title}`, body: BODY });
  await claimInReview(db, article.id, TAXES, casey.id, 2);
  await claimInReview(db, other.id, FARES, casey.id, 1);
  await page.goto(`/review?checkerId=${casey.id}`);
  await expect(queueItem(page, TAXES)).toBeVisible();

  await queueItem(page, FARES)
    .getByRole("link", { name: `Only the claims of “${other.title}”` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/review\\?articleId=${other.id}$`));
  await expect(page.getByLabel("Article")).toHaveValue(other.id);
  await expect(queueItem(page, FARES)).toBeVisible();
  await expect(queueItem(page, TAXES)).toHaveCount(0);
});
