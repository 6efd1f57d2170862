import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { test, expect, signIn, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { createUser } from "@/prisma/seed/factories";

/** One credentials sign-in through next-auth's real endpoint, as the sign-in form sends it. */
async function attempt(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
}

async function lockOut(request: APIRequestContext, email: string) {
  // Five failures are free; the sixth locks the account.
  for (let i = 0; i < 6; i++) expect((await attempt(request, email, "not the password")).status()).toBe(401);
}

// Every sign-in here comes from 127.0.0.1: give the address its free failures back for the specs
// that run after this one.
test.afterAll(async ({ db }) => {
  await db.signInThrottle.deleteMany({ where: { key: { startsWith: "ip:" } } });
});

test("repeated wrong passwords get 429 with Retry-After, the right one too while locked, and the form says how long to wait", async ({
  page,
  db,
}) => {
  const user = await createUser(db, { name: "Tess Throttled", password: TEST_PASSWORD });
  await lockOut(page.request, user.email);

  const locked = await attempt(page.request, user.email, TEST_PASSWORD);
  expect(locked.status()).toBe(429);
  const retryAfter = Number(locked.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(30);
  expect(await locked.json()).toMatchObject({ error: { code: "TOO_MANY_REQUESTS", retryAfter } });
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Too many attempts" });
  await expect(alert).toHaveText(/^Too many attempts\. Try again in \d+ seconds?\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an admin sees the failed sign-ins, unlocks the account, and its owner signs in", async ({
  page,
  db,
  playwright,
  signedInAs,
}) => {
  const name = `Uma Unlucky ${randomUUID().slice(0, 6)}`;
  const user = await createUser(db, { name, password: TEST_PASSWORD });
  const attacker = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await lockOut(attacker, user.email);
  expect((await attempt(attacker, user.email, TEST_PASSWORD)).status()).toBe(429);

  await signedInAs("ADMIN");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Sign-in security" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in security", level: 1 })).toBeVisible();

  const failures = page.getByRole("region", { name: "Failed sign-ins" });
  const rows = failures.getByRole("row").filter({ has: page.getByRole("rowheader", { name: user.email }) });
  await expect(rows).toHaveCount(7);
  await expect(rows.filter({ hasText: "Wrong password" })).toHaveCount(6);
  await expect(rows.filter({ hasText: "Refused: too many attempts" })).toHaveCount(1);
  await expect(rows.first().getByRole("cell", { name })).toBeVisible();
  await expect(rows.first().getByRole("cell", { name: "Locked", exact: true })).toBeVisible();

  const locks = page.getByRole("list", { name: "Locked accounts" });
  await expect(locks.getByRole("listitem").filter({ hasText: user.email })).toContainText("after 6 failed attempts");
  await locks.getByRole("button", { name: `Unlock ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} is unlocked` })).toBeVisible();
  await expect(locks.getByRole("listitem").filter({ hasText: user.email })).toHaveCount(0);

  await signIn(attacker, user.email, TEST_PASSWORD);
  await attacker.dispose();
});
