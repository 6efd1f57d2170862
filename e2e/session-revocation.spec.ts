import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Cookie } from "@playwright/test";
import { test, expect, signIn, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { createUser } from "@/prisma/seed/factories";

const NEW_PASSWORD = "a fresh and long passphrase";

/** A browser that signed in as `email`, with its cookies kept for replaying later. */
async function browserSignedIn(browser: Browser, email: string, password = TEST_PASSWORD) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  await signIn(context.request, email, password);
  return { context, cookies: await context.cookies() };
}

/** Whether a copy of these cookies, in a browser of its own, still counts as signed in. */
async function cookiesWork(browser: Browser, cookies: Cookie[]): Promise<boolean> {
  const replay = await browser.newContext({ baseURL: E2E_BASE_URL });
  await replay.addCookies(cookies);
  const api = (await replay.request.get("/api/articles")).status();
  const session = (await (await replay.request.get("/api/auth/session")).json()) as { user?: unknown };
  await replay.close();
  expect(api === 200, "the API and /api/auth/session must agree").toBe(Boolean(session.user));
  return api === 200;
}

async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.close();
}

test("a signed-out cookie is dead everywhere: 401 from the API, sign-in for pages, no session", async ({
  page,
  browser,
  signedInAs,
}) => {
  await signedInAs("CHECKER");
  const cookies = await page.context().cookies();
  expect(await cookiesWork(browser, cookies)).toBe(true);

  await page.goto("/articles");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect(await cookiesWork(browser, cookies)).toBe(false);
  const replay = await browser.newContext({ baseURL: E2E_BASE_URL });
  await replay.addCookies(cookies);
  expect((await replay.request.get("/api/articles")).status()).toBe(401);
  expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
  await expectSignedOut(replay);
  await replay.close();
});

test("deactivation ends a session for good, reactivation included; a role change ends it too", async ({
  page,
  browser,
  db,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  const user = await createUser(db, { password: TEST_PASSWORD });
  const first = await browserSignedIn(browser, user.email);

  expect((await page.request.patch(`/api/users/${user.id}`, { data: { active: false } })).status()).toBe(200);
  expect(await cookiesWork(browser, first.cookies)).toBe(false);
  expect((await page.request.patch(`/api/users/${user.id}`, { data: { active: true } })).status()).toBe(200);
  expect(await cookiesWork(browser, first.cookies)).toBe(false);

  const second = await browserSignedIn(browser, user.email);
  expect((await page.request.patch(`/api/users/${user.id}`, { data: { role: "EDITOR" } })).status()).toBe(200);
  expect(await cookiesWork(browser, second.cookies)).toBe(false);
  await first.context.close();
  await second.context.close();
});

test("sign out everywhere: from your account page, and by an admin for someone else", async ({ page, browser, db }) => {
  const name = `Eve Everywhere ${randomUUID().slice(0, 6)}`;
  const user = await createUser(db, { name, password: TEST_PASSWORD });
  await signIn(page.request, user.email, TEST_PASSWORD);
  const laptop = await browserSignedIn(browser, user.email);

  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Password and sessions" })).toBeVisible();
  await expect(page.getByText("You are signed in on 2 browsers.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await cookiesWork(browser, laptop.cookies)).toBe(false);
  await expectSignedOut(page.context());

  const phone = await browserSignedIn(browser, user.email);
  const admin = await createUser(db, { role: "ADMIN", password: TEST_PASSWORD });
  await signIn(page.request, admin.email, TEST_PASSWORD);
  await page.goto("/admin/users");
  await page.getByRole("button", { name: `Sign out ${name} everywhere` }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} is signed out everywhere (1 session ended).`);
  expect(await cookiesWork(browser, phone.cookies)).toBe(false);
  await laptop.context.close();
  await phone.context.close();
});

test("password change: a wrong current password is a field error; the right one signs out the other browsers only", async ({
  page,
  browser,
  db,
}) => {
  const user = await createUser(db, { password: TEST_PASSWORD });
  await signIn(page.request, user.email, TEST_PASSWORD);
  const other = await browserSignedIn(browser, user.email);

  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(TEST_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText(/Your password is changed/);
  expect(await cookiesWork(browser, other.cookies)).toBe(false);
  expect(await cookiesWork(browser, await page.context().cookies())).toBe(true);

  const fresh = await browserSignedIn(browser, user.email, NEW_PASSWORD);
  await fresh.context.close();
  await other.context.close();
});

test("reset link: an admin creates it, its owner sets a new password once, old sessions end, reused and replaced links say so", async ({
  page,
  browser,
  db,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  const name = `Rita Reset ${randomUUID().slice(0, 6)}`;
  const user = await createUser(db, { name, password: TEST_PASSWORD });
  const before = await browserSignedIn(browser, user.email);

  await page.goto("/admin/users");
  const create = page.getByRole("button", { name: `Create reset link for ${name}` });
  await create.click();
  const replaced = await page.getByRole("textbox", { name: `Reset link for ${name}` }).inputValue();
  await create.click();
  await expect(page.getByRole("textbox", { name: `Reset link for ${name}` })).not.toHaveValue(replaced);
  const link = await page.getByRole("textbox", { name: `Reset link for ${name}` }).inputValue();
  expect(link).toMatch(/\/reset-password\/[\w-]{43}$/);

  const person = await browser.newContext({ baseURL: E2E_BASE_URL });
  const tab = await person.newPage();
  await tab.goto(replaced);
  await expect(tab.getByRole("alert").filter({ hasText: "expired or was replaced by a newer one" })).toBeVisible();

  await tab.goto(link);
  await expect(tab.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  const form = tab.getByRole("form", { name: "Set a new password" });
  await form.getByRole("textbox", { name: "New password" }).fill("short");
  await form.getByRole("button", { name: "Set password" }).click();
  await expect(form.getByText("The password must be at least 12 characters long.")).toBeVisible();
  await form.getByRole("textbox", { name: "New password" }).fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Set password" }).click();
  await expect(tab.getByRole("status")).toContainText("Your password is set.");

  expect(await cookiesWork(browser, before.cookies)).toBe(false);
  await signIn(person.request, user.email, NEW_PASSWORD);

  await tab.goto(link);
  await expect(tab.getByRole("alert").filter({ hasText: "This reset link was already used." })).toBeVisible();
  await person.close();
  await before.context.close();
});
