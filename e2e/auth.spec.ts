import { test, expect, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { createUser } from "@/prisma/seed/factories";

test("a wrong password is refused with a clear message; the right one opens the page that was asked for", async ({
  page,
  db,
}) => {
  const user = await createUser(db, { name: "Sam Signin", password: TEST_PASSWORD });

  await page.goto("/articles?from=email");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%3Ffrom%3Demail$/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password do not match an account" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/articles\?from=email$/);
  await expect(page.getByText("Sam Signin")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});
