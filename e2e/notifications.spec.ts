// Mentions and notifications between two people in browsers of their own: a mention picked from
// the comment box's autocomplete with the keyboard, the bell's count going up live, the inbox
// marking read, and an editor's approval reaching the claim's author without a reload.
import { request as playwrightRequest, type Browser, type Page } from "@playwright/test";
import { openLive, personInOwnBrowser } from "@/e2e/fixtures/live";
import { test, expect, signIn, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { createClaimOnQuote, createUser } from "@/prisma/seed/factories";

const QUOTE = "the Senator had over 25 conversations with foreign ambassadors";

/** Someone with a name of their own (so the autocomplete can find exactly them), signed in. */
async function person(db: PrismaClient, browser: Browser, role: Role, name: string) {
  const tag = Math.random().toString(36).slice(2, 7);
  return personInOwnBrowser(browser, db, role, `${name} ${tag}`);
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications,/ });

test("a mention and an approval reach the person live, and the inbox marks them read", async ({
  browser,
  db,
  seedArticleFor,
}) => {
  const avery = await person(db, browser, "CHECKER", "Avery Quill");
  const blake = await person(db, browser, "CHECKER", "Blake Marten");
  const editor = await person(db, browser, "EDITOR", "Edda Approver");
  const article = await seedArticleFor(avery.user);
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: avery.user.id });

  await openLive(avery.page, "/articles");
  await expect(bell(avery.page)).toHaveAccessibleName("Notifications, none unread");

  await openLive(blake.page, `/articles/${article.id}?claim=${claim.number}`);
  const box = blake.page.getByRole("combobox", { name: "Comment" });
  await box.click();
  await box.pressSequentially(`Could you check the figure, @${avery.user.name.slice(0, -2)}`);
  const options = blake.page.getByRole("listbox", { name: "People to mention" }).getByRole("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(avery.user.email);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(box).toHaveValue(`Could you check the figure, @${avery.user.name} `);
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.pressSequentially("?");
  await blake.page.getByRole("button", { name: "Post comment" }).click();
  const comment = blake.page.getByRole("list", { name: "Comments" }).getByRole("listitem");
  await expect(comment).toContainText(`@${avery.user.name}`);
  await expect(comment.locator("strong.mention")).toHaveText(`@${avery.user.name}`);

  // Avery's bell, on another page, without a reload.
  await expect(bell(avery.page)).toHaveAccessibleName("Notifications, 1 unread");
  await expect(bell(avery.page)).toContainText("1");

  await bell(avery.page).click();
  await expect(avery.page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const items = avery.page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Unread");
  const message = `${blake.user.name} mentioned you on claim ${claim.number}`;
  await items.first().getByRole("link", { name: message }).click();
  await expect(avery.page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.number}$`));
  await expect(avery.page.getByRole("heading", { name: `Claim ${claim.number}` })).toBeVisible();
  await expect(bell(avery.page)).toHaveAccessibleName("Notifications, none unread");

  // An editor approves Avery's claim: Avery, still on the article, is told at once.
  await db.claim.update({
    where: { id: claim.id },
    data: {
      verdict: "false",
      rationale: "He met the ambassador twice.",
      status: "IN_REVIEW",
      verdictEditedById: avery.user.id,
    },
  });
  const approved = await editor.context.request.post(`/api/claims/${claim.id}/approve`, {
    headers: { Origin: E2E_BASE_URL },
  });
  expect(approved.status()).toBe(200);
  await expect(bell(avery.page)).toHaveAccessibleName("Notifications, 1 unread");

  await bell(avery.page).click();
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`${editor.user.name} approved claim ${claim.number}`);
  await expect(items.first()).toContainText("Unread");
  await expect(items.nth(1)).not.toContainText("Unread");
  await avery.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(bell(avery.page)).toHaveAccessibleName("Notifications, none unread");
  await expect(items.filter({ hasText: "Unread" })).toHaveCount(0);
  await expect(avery.page.getByRole("button", { name: "Mark all as read" })).toBeDisabled();

  for (const p of [avery, blake, editor]) await p.context.close();
});

test("the inbox marks one notification read, and the bell follows", async ({
  page,
  db,
  signedInAs,
  seedArticleFor,
}) => {
  const reader = await signedInAs("CHECKER");
  const writer = await createUser(db, { role: "CHECKER" });
  const article = await seedArticleFor(reader);
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: reader.id });
  for (const kind of ["MENTIONED", "CHANGES_REQUESTED"] as const)
    await db.notification.create({
      data: { userId: reader.id, kind, articleId: article.id, claimId: claim.id, actorId: writer.id },
    });

  await page.goto("/notifications");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 2 unread");
  const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  const sentBack = items.filter({ hasText: `${writer.name} sent claim ${claim.number} back for changes` });
  await sentBack.getByRole("button", { name: /^Mark as read/ }).click();
  await expect(sentBack).not.toContainText("Unread");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread");
  await expect(items.filter({ hasText: "Unread" })).toHaveCount(1);
});

test("the inbox shows the newest 50 notifications and the older ones below on request", async ({
  page,
  db,
  signedInAs,
}) => {
  const reader = await signedInAs("CHECKER");
  const writer = await createUser(db, { role: "CHECKER", password: TEST_PASSWORD });
  const writing = await playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { Origin: E2E_BASE_URL },
  });
  await signIn(writing, writer.email, TEST_PASSWORD);
  // A claim per line, each with a comment mentioning the reader: 55 notifications, one per claim
  // number, so each one says which it is.
  const lines = Array.from({ length: 55 }, (_, i) => `Ambassador meeting ${i + 1} was not disclosed.`);
  const created = await writing.post("/api/articles", {
    data: { title: "Undisclosed meetings", format: "text", body: lines.join("\n\n") },
  });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string } };
  const messages: string[] = [];
  for (const exact of lines) {
    const made = await writing.post(`/api/articles/${article.id}/claims`, {
      data: { target: { selector: [{ type: "TextQuoteSelector", exact }] } },
    });
    expect(made.status(), exact).toBe(201);
    const { claim } = (await made.json()) as { claim: { id: string; number: number } };
    const comment = await writing.post(`/api/claims/${claim.id}/comments`, {
      data: { body: `Could you check this one, @${reader.name}?` },
    });
    expect(comment.status()).toBe(201);
    messages.unshift(`${writer.name} mentioned you on claim ${claim.number}`); // newest first
  }
  await writing.dispose();

  await page.goto("/notifications");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 55 unread");
  const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(items).toHaveCount(50);
  await expect(items.getByRole("link")).toHaveText(messages.slice(0, 50));

  const older = page.getByRole("button", { name: "Show older notifications" });
  await older.click();
  await expect(items).toHaveCount(55);
  await expect(items.getByRole("link")).toHaveText(messages);
  await expect(older).toHaveCount(0);
});
