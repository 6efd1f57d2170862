// "Already fact-checked": a new claim on words the desk checked before shows the earlier claim as a
// match; "Use this fact-check" copies its verdict, rationale and sources and both claims say they
// are linked; "Not the same claim" removes a match for good.
import type { Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { expectFitsScreen } from "@/e2e/fixtures/overflow";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** The demo's talking point with a word of this test's own, so other tests' claims never tie with it. */
function talkingPoint() {
  const tag = `Zorv${Math.random().toString(36).slice(2, 8)}`;
  return { tag, quote: `he did not have communications with the Russians in ${tag}` };
}

/** An approved fact-check of `quote` in an article of its own, with one source. */
async function earlierFactCheck(db: PrismaClient, quote: string, tag: string) {
  const editor = await createUser(db, { role: "EDITOR" });
  const title = `Sessions at his hearing ${tag}`;
  const article = await createArticle(db, {
    createdById: editor.id,
    title,
    body: `At the hearing Sessions said ${quote}. Nobody objected at the time.`,
  });
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote, userId: editor.id });
  await db.claim.update({
    where: { id: claim.id },
    data: { verdict: "false", rationale: "He met Kislyak twice in 2016.", status: "APPROVED", reviewedAt: new Date() },
  });
  await db.source.create({
    data: {
      claimId: claim.id,
      url: "https://www.washingtonpost.com/sessions-spoke-twice",
      title: "Sessions spoke twice with Russian ambassador",
      stance: "REFUTES",
      addedById: editor.id,
    },
  });
  return { articleId: article.id, title };
}

const matchesRegion = (page: Page) => page.getByRole("region", { name: "Already fact-checked" });
const matchFrom = (page: Page, title: string) =>
  matchesRegion(page).getByRole("list", { name: "Earlier claims like this one" }).getByRole("listitem").filter({
    hasText: title,
  });

test("a new claim on checked words shows a strong match, and Use this fact-check copies it", async ({
  page,
  db,
  signedInAs,
}) => {
  const { tag, quote } = talkingPoint();
  const earlier = await earlierFactCheck(db, quote, tag);
  const checker = await signedInAs("CHECKER");
  const later = await createArticle(db, {
    createdById: checker.id,
    title: `Cummings responds ${tag}`,
    body: `Cummings called the claim that ${quote} "demonstrably false." Franken agreed.`,
  });

  await page.goto(`/articles/${later.id}`);
  // From the keyboard: find the words, then add them as a claim.
  await page.keyboard.press("Control+Alt+f");
  await page.getByRole("searchbox", { name: "Find in article" }).fill(quote);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("search", { name: "Search the article" }).getByRole("status")).toHaveText("Match 1 of 1");
  await page.keyboard.press("Control+Alt+m");
  await expect(page.locator("mark[data-claim-id]")).toHaveText(quote);

  const match = matchFrom(page, earlier.title);
  await expect(match).toContainText("Strong match");
  await expect(match).toContainText("100% alike");
  await expect(match).toContainText("✗ False");
  await expect(match).toContainText("Approved");
  await expect(match).toContainText("Shared words: not, communications, Russians");
  await expect(match.locator("mark", { hasText: "communications" })).toBeVisible();

  // Typed but not saved: copying must not lose it.
  await page.getByLabel("Rationale").fill("My own notes, not saved yet.");
  await match.getByRole("button", { name: /^Use this fact-check/ }).click();

  await expect(page.getByLabel("Verdict")).toHaveValue("false");
  await expect(page.getByLabel("Rationale")).toHaveValue("He met Kislyak twice in 2016.");
  await expect(page.getByRole("region", { name: "Your unsaved text" })).toContainText("My own notes, not saved yet.");
  await expect(page.getByRole("list", { name: "Sources" })).toContainText(
    "Sessions spoke twice with Russian ambassador",
  );
  await expect(matchesRegion(page).getByRole("list", { name: "Linked fact-checks" })).toContainText(
    `Uses the fact-check of claim 1 in “${earlier.title}”`,
  );
  await expect(matchFrom(page, earlier.title)).toHaveCount(0);

  await page.getByText("History", { exact: true }).click();
  const history = page.getByRole("list", { name: "History" });
  await expect(history).toContainText(`${checker.name} used an earlier fact-check`);
  await expect(history).toContainText("Verdict: — → False");
  await expect(history).toContainText("Sources copied: 1");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsScreen(page, "claim panel with a linked fact-check");

  // The earlier claim says who uses it.
  await page.goto(`/articles/${earlier.articleId}?claim=1`);
  await expect(matchesRegion(page).getByRole("list", { name: "Linked fact-checks" })).toContainText(
    `Used by claim 1 in “Cummings responds ${tag}”`,
  );
});

test("Not the same claim removes a match, and it stays gone after a reload", async ({ page, db, signedInAs }) => {
  const { tag, quote } = talkingPoint();
  const earlier = await earlierFactCheck(db, quote, tag);
  const checker = await signedInAs("CHECKER");
  const later = await createArticle(db, {
    createdById: checker.id,
    body: `Cummings called the claim that ${quote} "demonstrably false."`,
  });
  await createClaimOnQuote(db, { articleId: later.id, quote, userId: checker.id });

  await page.goto(`/articles/${later.id}?claim=1`);
  const match = matchFrom(page, earlier.title);
  await expect(match).toContainText("Strong match");
  await match.getByRole("button", { name: /^Not the same claim/ }).click();
  await expect(match).toHaveCount(0);
  // Focus stays in the section rather than falling to the page when the button goes.
  await expect(matchesRegion(page).getByRole("heading", { name: "Already fact-checked" })).toBeFocused();

  await page.reload();
  await expect(matchesRegion(page)).toBeVisible();
  await expect(matchesRegion(page).getByText("Looking for earlier claims like this one…")).toHaveCount(0);
  await expect(matchFrom(page, earlier.title)).toHaveCount(0);
});
