import type { Page } from "@playwright/test";
import { test, expect, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { createUser } from "@/prisma/seed/factories";

// callbackUrl values as they would sit in a phishing link; each one reached evil.example before.
const HOSTILE = [
  "%2F%5Cevil.example%2Fphish",
  "/%09/evil.example/phish",
  "//evil.example/phish",
  "/%0A/evil.example/phish",
  "%2F%2Fevil.example%2Fphish",
  "/%252F%252Fevil.example/phish",
  "/.//evil.example/phish",
  "https://evil.example/phish",
  "javascript:alert(document.domain)",
];

/** Lands any request to evil.example on a page saying so, rather than a DNS error. */
async function catchEscapes(page: Page) {
  const phished = { contentType: "text/html", body: "<title>Phished</title><h1>Phished</h1>" };
  // By host: the desk's own /sign-in?callbackUrl=… addresses contain "evil.example" too.
  await page.context().route(
    (url) => url.hostname === "evil.example",
    (route) => route.fulfill(phished),
  );
}

const onTheDesk = (page: Page) => expect.poll(() => new URL(page.url()).origin).toBe(E2E_BASE_URL);

for (const callbackUrl of HOSTILE) {
  test(`signed in, /sign-in?callbackUrl=${callbackUrl} stays on the desk`, async ({ page, signedInAs }) => {
    await catchEscapes(page);
    await signedInAs("CHECKER");
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await onTheDesk(page);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  });
}

test("after the sign-in form, hostile callbacks land on the desk and a real one is kept", async ({ page, db }) => {
  await catchEscapes(page);
  const user = await createUser(db, { role: "CHECKER", password: TEST_PASSWORD });
  const signIn = async (callbackUrl: string) => {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  };
  for (const callbackUrl of ["%2F%5Cevil.example%2Fphish", "/%09/evil.example/phish", "https://evil.example/x"]) {
    await signIn(callbackUrl);
    await onTheDesk(page);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  }
  await signIn(encodeURIComponent("/review"));
  await expect(page).toHaveURL(`${E2E_BASE_URL}/review`);
});

test("next-auth's own redirect after sign-in stays on the desk", async ({ page, db }) => {
  const user = await createUser(db, { role: "CHECKER", password: TEST_PASSWORD });
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: TEST_PASSWORD, json: "true", callbackUrl: "/\\evil.example/phish" },
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).origin).toBe(E2E_BASE_URL);
  expect(new URL(url).pathname).toBe("/");
});
