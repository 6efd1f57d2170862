import { randomUUID } from "node:crypto";
import { test, expect, signIn, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";

test("an admin adds a checker, promotes them, then deactivates them: each change ends their session at once", async ({
  page,
  browser,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  const name = `Riley Recruit ${randomUUID().slice(0, 6)}`;
  const email = `riley-${randomUUID().slice(0, 8)}@example.org`;

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("The password must be at least 12 characters long.")).toBeVisible();
  await expect(form.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Password").fill(TEST_PASSWORD);
  await form.getByLabel("Role").selectOption({ label: "Fact-checker" });
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText(`Created an account for ${name}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();

  const other = await browser.newContext({ baseURL: E2E_BASE_URL });
  const checkerPage = await other.newPage();
  await signIn(checkerPage.request, email, TEST_PASSWORD);
  await checkerPage.goto("/articles");
  await expect(checkerPage.getByText(`${name} (checker)`)).toBeVisible();

  await row.getByRole("combobox", { name: `Role for ${name}` }).selectOption("EDITOR");
  await row.getByRole("button", { name: `Change role for ${name}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} is now an editor.`);
  // A role change signs them out everywhere: the new role applies from their next sign-in.
  await checkerPage.reload();
  await expect(checkerPage).toHaveURL(/\/sign-in/);
  await signIn(checkerPage.request, email, TEST_PASSWORD);
  await checkerPage.goto("/articles");
  await expect(checkerPage.getByText(`${name} (editor)`)).toBeVisible();

  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} is deactivated: they can no longer sign in.`);
  await expect(row.getByRole("cell", { name: "Deactivated", exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${name}` })).toBeFocused();

  await checkerPage.goto("/articles");
  await expect(checkerPage).toHaveURL(/\/sign-in/);
  await checkerPage.getByLabel("Email").fill(email);
  await checkerPage.getByLabel("Password").fill(TEST_PASSWORD);
  await checkerPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    checkerPage.getByRole("alert").filter({ hasText: "That email and password do not match an account" }),
  ).toBeVisible();
  await other.close();
});

test("a checker gets a 404 for the users page and 403 from the users API", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
  expect((await page.request.get("/api/users")).status()).toBe(403);
});

test("users API: 201, duplicate 409, 400 fields, 404, and the last active admin cannot be demoted", async ({
  page,
  signedInAs,
  db,
}) => {
  const admin = await signedInAs("ADMIN");
  const api = page.request;
  const email = `api-${randomUUID().slice(0, 8)}@example.org`;

  const created = await api.post("/api/users", {
    data: { email, name: "Api Person", role: "EDITOR", password: TEST_PASSWORD },
  });
  expect(created.status()).toBe(201);
  const { user } = await created.json();
  expect(user).toMatchObject({ email, role: "EDITOR", active: true });
  expect(user).not.toHaveProperty("passwordHash");

  const duplicate = await api.post("/api/users", {
    data: { email: email.toUpperCase(), name: "Again", role: "CHECKER", password: TEST_PASSWORD },
  });
  expect(duplicate.status()).toBe(409);
  expect((await duplicate.json()).error.fields.email[0]).toContain("already exists");
  const invalid = await api.post("/api/users", { data: { email: "nope", name: "", role: "CHIEF", password: "x" } });
  expect(invalid.status()).toBe(400);
  expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["email", "name", "password", "role"]);
  expect((await api.patch("/api/users/no-such-user", { data: { role: "EDITOR" } })).status()).toBe(404);
  expect((await (await api.get("/api/users")).json()).users.some((u: { id: string }) => u.id === user.id)).toBe(true);

  // "Last" is global: the shared e2e database has other admins, so set them aside for this check.
  const others = await db.user.findMany({
    where: { role: "ADMIN", deactivatedAt: null, id: { not: admin.id } },
    select: { id: true },
  });
  await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: new Date() } });
  try {
    for (const change of [{ role: "EDITOR" }, { active: false }]) {
      const refused = await api.patch(`/api/users/${admin.id}`, { data: change });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).error).toEqual({
        code: "CONFLICT",
        message: `${admin.name} is the only active admin. ${change.role ? "Make someone else an admin before you change their role." : "Make someone else an admin before you deactivate them."}`,
      });
    }
  } finally {
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: null } });
  }
  expect((await api.patch(`/api/users/${user.id}`, { data: { active: false } })).status()).toBe(200);
});
