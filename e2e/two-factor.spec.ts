import type { Page } from "@playwright/test";
import { test, expect, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { totpCode } from "@/server/auth/two-factor/totp";

/** Turns two-factor on from the account page, as the user would with an app: returns the secret and recovery codes. */
async function enrolOnAccountPage(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(section.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await section.getByLabel("Secret key").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await section.getByLabel("Code from your app").fill("000000" === totpCode(secret) ? "111111" : "000000");
  await section.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(section.getByText("That code does not match. Enter the 6-digit code your app shows now.")).toBeVisible();

  await section.getByLabel("Code from your app").fill(totpCode(secret));
  await section.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(section.getByText("Save these codes now: they will not be shown again.")).toBeVisible();
  const recoveryCodes = await section
    .getByRole("list", { name: "Recovery codes" })
    .getByRole("listitem")
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

async function signInWithForm(page: Page, email: string, code?: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  if (code === undefined) return;
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("a user turns on two-factor; signing in then needs a code, refuses a wrong one, and takes a recovery code once", async ({
  page,
  signedInAs,
}) => {
  const user = await signedInAs("CHECKER");
  await page.goto("/account");
  const { secret, recoveryCodes } = await enrolOnAccountPage(page);
  await page.getByRole("button", { name: "I have saved these codes" }).click();
  await expect(page.getByText("10 of 10 recovery codes left.")).toBeVisible();

  await signInWithForm(page, user.email);
  const codeField = page.getByLabel("Authentication code");
  await expect(codeField).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);

  // The enrolment used this 30-second step's code; a code is good once, so the app's next one signs in.
  const next = totpCode(secret, Date.now() + 30_000);
  await codeField.fill(next === "123456" ? "654321" : "123456");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That code is not right, or was already used." }),
  ).toBeVisible();
  await codeField.fill(next);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();

  await signInWithForm(page, user.email, recoveryCodes[0]);
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await signInWithForm(page, user.email, recoveryCodes[0]);
  await expect(
    page.getByRole("alert").filter({ hasText: "That code is not right, or was already used." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("when an admin requires two-factor, an editor without it can only enrol until they do", async ({
  page,
  browser,
  db,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  await page.goto("/admin/two-factor");
  const requirement = page.getByLabel("Require two-factor authentication for editors and admins");
  await expect(requirement).not.toBeChecked();
  try {
    await requirement.check();
    await expect(page.getByText("Saved: editors and admins without two-factor must turn it on")).toBeVisible();

    const editorContext = await browser.newContext({ baseURL: E2E_BASE_URL });
    const editorPage = await editorContext.newPage();
    await signedInAs("EDITOR", editorPage);
    await editorPage.goto("/articles");
    await expect(editorPage).toHaveURL(/\/account/);
    await expect(
      editorPage
        .getByRole("alert")
        .filter({ hasText: "Your desk requires two-factor authentication for editors and admins." }),
    ).toBeVisible();
    const refused = await editorPage.request.get("/api/articles");
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("TWO_FACTOR_REQUIRED");

    await enrolOnAccountPage(editorPage);
    await editorPage.getByRole("button", { name: "I have saved these codes" }).click();
    await expect(editorPage.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    expect((await editorPage.request.get("/api/articles")).status()).toBe(200);
    await editorContext.close();
  } finally {
    await db.deskSettings.upsert({
      where: { id: 1 },
      create: { id: 1, requireTwoFactorForEditors: false },
      update: { requireTwoFactorForEditors: false },
    });
  }
});
