// Single sign-on against a real OpenID Connect provider (oidc-provider, e2e/oidc/server.ts) on
// 127.0.0.1: the browser leaves for its sign-in page and comes back through next-auth's callback.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { OIDC_ISSUER, OIDC_NAME, type TestIdentity } from "@/e2e/oidc/config";
import { createUser } from "@/prisma/seed/factories";

async function atProvider(identity: TestIdentity): Promise<void> {
  const { login, ...claims } = identity;
  const response = await fetch(`${OIDC_ISSUER}/test/accounts/${login}`, {
    method: "PUT",
    body: JSON.stringify(claims),
  });
  expect(response.status).toBe(204);
}

/** From the desk's sign-in page through the provider's own sign-in form (it takes any password). */
async function signInWithProvider(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${OIDC_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
  await page.getByRole("textbox", { name: "Enter any login" }).fill(login);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

const newLogin = () => `sso-${randomUUID().slice(0, 8)}`;

test("the first sign-in links the account with that verified email; later ones follow the subject, not the email", async ({
  page,
  db,
}) => {
  const user = await createUser(db, { name: "Robin Single-Sign-On" });
  const login = newLogin();
  await atProvider({ login, email: user.email, emailVerified: true, name: "Robin at the IdP" });

  await signInWithProvider(page, login);
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByText("Robin Single-Sign-On")).toBeVisible();
  const linked = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { sessions: true } });
  expect(linked.oidcSubject).toBe(login);
  expect(linked.sessions.map((session) => session.method)).toEqual(["sso"]);

  // The provider now gives this person another account's address: still Robin, never the other.
  const other = await createUser(db, { name: "Someone Else" });
  await atProvider({ login, email: other.email, emailVerified: false, name: "Robin at the IdP" });
  await page.context().clearCookies();
  await signInWithProvider(page, login);
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByText("Robin Single-Sign-On")).toBeVisible();
  await expect(page.getByText("Someone Else")).toHaveCount(0);
});

test("an unverified email, an email without an account and a deactivated account are refused in plain words", async ({
  page,
  db,
}) => {
  const unverified = await createUser(db);
  const unverifiedLogin = newLogin();
  await atProvider({ login: unverifiedLogin, email: unverified.email, emailVerified: false, name: "Unverified" });
  await signInWithProvider(page, unverifiedLogin);
  await expect(page).toHaveURL(/\/sign-in\?error=SsoUnverifiedEmail$/);
  await expect(
    page.getByRole("alert").filter({ hasText: `Your ${OIDC_NAME} account has no verified email address` }),
  ).toBeVisible();

  const strangerLogin = newLogin();
  await atProvider({
    login: strangerLogin,
    email: `${strangerLogin}@example.org`,
    emailVerified: true,
    name: "Stranger",
  });
  await page.context().clearCookies();
  await signInWithProvider(page, strangerLogin);
  await expect(page.getByRole("alert").filter({ hasText: "Ask an admin to create your account first" })).toBeVisible();

  const gone = await createUser(db);
  await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
  const goneLogin = newLogin();
  await atProvider({ login: goneLogin, email: gone.email, emailVerified: true, name: "Gone" });
  await page.context().clearCookies();
  await signInWithProvider(page, goneLogin);
  await expect(page.getByRole("alert").filter({ hasText: "This account has been deactivated" })).toBeVisible();

  // Still on the sign-in page, signed in as nobody; each refusal is in the admins' failed sign-ins.
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
  const failures = await db.signInFailure.findMany({
    where: { email: { in: [unverified.email, `${strangerLogin}@example.org`, gone.email] }, reason: "sso" },
  });
  expect(failures).toHaveLength(3);
  for (const user of [unverified, gone]) {
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  }
});

test("cancelling at the provider comes back to the sign-in page with a plain message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${OIDC_NAME}` }).click();
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expect(page).toHaveURL(/\/sign-in\?.*error=/);
  await expect(
    page.getByRole("alert").filter({ hasText: `Signing in with ${OIDC_NAME} did not complete` }),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
});
