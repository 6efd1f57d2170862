import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { test, expect } from "@/e2e/fixtures/test";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { generateApiToken } from "@/server/auth/api-tokens-format";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree.";

/** A script's HTTP client: no cookies, no Origin, only the token. */
function scriptWith(token: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
}

/** A token row as the desk would store it (hash and prefix only); returns the token itself. */
async function storeToken(
  db: PrismaClient,
  data: { name: string; role: Role; createdById: string; expiresAt: Date },
): Promise<string> {
  const { token, tokenHash, prefix } = generateApiToken();
  await db.apiToken.create({ data: { ...data, tokenHash, prefix } });
  return token;
}

test("an admin creates a token in the desk, sees it once, and a script uses it with the token's role", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  const name = `CMS import ${randomUUID().slice(0, 6)}`;
  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "New token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption({ label: "Fact-checker" });
  await expect(form.getByLabel("Expires after (days)")).toHaveValue("90");
  await form.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("region", { name: `New token “${name}”` });
  await expect(shown.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const token = await shown.getByLabel("Token").inputValue();
  expect(token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByRole("button", { name: "Copy token" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Never", exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("rowheader", { name })).toBeVisible();
  expect(await page.content(), "the token is shown once only").not.toContain(token);

  const script = await scriptWith(token);
  const created = await script.post("/api/articles", { data: { title: `Via token ${name}`, body: BODY } });
  expect(created.status(), await created.text()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string } };
  // A checker's token: publishing is for editors, whoever created the token.
  const publish = await script.post(`/api/articles/${article.id}/publish`);
  expect(publish.status()).toBe(403);
  expect(((await publish.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  // Another site's Origin changes nothing: CSRF guards cookies, and a token is not ambient.
  const foreign = await script.post("/api/articles", {
    data: { title: "From anywhere", body: BODY },
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(201);

  await page.reload();
  await expect(row.getByRole("cell", { name: "Never", exact: true })).toHaveCount(0);
  await script.dispose();
});

test("a token cannot manage tokens; revoked and expired tokens get 401", async ({ page, db, signedInAs }) => {
  const admin = await signedInAs("ADMIN");
  const name = `Nightly export ${randomUUID().slice(0, 6)}`;
  const inAday = new Date(Date.now() + 86_400_000);
  const script = await scriptWith(
    await storeToken(db, { name, role: "ADMIN", createdById: admin.id, expiresAt: inAday }),
  );

  expect((await script.get("/api/articles")).status()).toBe(200);
  for (const call of [
    script.get("/api/tokens"),
    script.post("/api/tokens", { data: { name: "More", role: "ADMIN" } }),
  ]) {
    const response = await call;
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      "Use the desk in a browser to manage tokens",
    );
  }

  await page.goto("/admin/tokens");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row
    .getByRole("alertdialog")
    .getByRole("button", { name: `Revoke ${name}` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `Revoked “${name}”` })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Revoked", exact: true })).toBeVisible();

  const revoked = await script.get("/api/articles");
  expect(revoked.status()).toBe(401);
  expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe("INVALID_TOKEN");

  const past = new Date(Date.now() - 1000);
  const expired = await scriptWith(
    await storeToken(db, { name: "Expired", role: "CHECKER", createdById: admin.id, expiresAt: past }),
  );
  expect((await expired.get("/api/articles")).status()).toBe(401);
  const garbage = await scriptWith("not-a-token");
  expect((await garbage.get("/api/articles")).status()).toBe(401);
  for (const context of [script, expired, garbage]) await context.dispose();
});
