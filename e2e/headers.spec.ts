import type { Page, Response } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { createClaimOnQuote } from "@/prisma/seed/factories";

// The browser's own headers, as a reader's browser would send them.
test.use({ extraHTTPHeaders: {} });

const QUOTE = "the Senator had over 25 conversations with foreign ambassadors";

/** Every CSP violation the page reports, collected from the moment it loads. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

function expectPageHeaders(response: Response | null) {
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"])
    expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  // Served over plain http here: HSTS would mean nothing (and is sent only over https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  return csp;
}

test("pages carry a nonce CSP, and the desk works under it", async ({ page, signedInAs, seedArticleFor, db }) => {
  const violations = await watchViolations(page);
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: user.id, claimant: "Jeff Sessions" });

  const first = expectPageHeaders(await page.goto(`/articles/${article.id}`));
  await page.getByRole("button", { name: /^Claim 1: “the Senator had/ }).click();
  await expect(page.getByLabel("Claimant")).toHaveValue("Jeff Sessions");
  await page.getByLabel("Rationale").fill("He met the ambassador twice in 2016.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText("Version 2 · last changed by")).toBeVisible();
  expect(await violations()).toEqual([]);

  // A fresh nonce on every response.
  const second = expectPageHeaders(await page.reload());
  expect(second).not.toBe(first);

  for (const path of ["/", "/sign-in", "/articles", "/review"]) {
    expectPageHeaders(await page.goto(path));
    expect(await violations(), path).toEqual([]);
  }
  // Unknown addresses get Next's prerendered 404: its scripts lack the nonce and are blocked,
  // which leaves a page of plain text (nothing on it needs a script).
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
  expectPageHeaders(missing);
  await expect(page.getByText("This page could not be found")).toBeVisible();
});

test("markup injected into a page cannot run script: neither <script> nor onerror=", async ({ page, signedInAs }) => {
  const violations = await watchViolations(page);
  await signedInAs("CHECKER");
  // The desk's real response, CSP header included, with a stored-XSS payload spliced into it.
  const payload = `<script>window.__injected = "script"</script><img src="/no-such-image.png" onerror="window.__injected = 'handler'">`;
  await page.route("**/articles", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<body[^>]*>/, (body) => body + payload);
    await route.fulfill({ response, body: html });
  });
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/), expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
});

test("the public page carries the CSP and still shows its claims and ClaimReview", async ({
  page,
  browser,
  signedInAs,
  seedArticleFor,
  db,
}) => {
  const editor = await signedInAs("EDITOR");
  const article = await seedArticleFor(editor);
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: editor.id });
  await db.claim.update({
    where: { id: claim.id },
    data: {
      status: "APPROVED",
      verdict: "false",
      rationale: "He met the ambassador twice.",
      claimant: "Jeff Sessions",
    },
  });
  await page.goto(`/articles/${article.id}`);
  const published = await page.evaluate(
    async (id) => (await fetch(`/api/articles/${id}/publish`, { method: "POST" })).json(),
    article.id,
  );

  const reader = await (await browser.newContext()).newPage();
  const violations = await watchViolations(reader);
  expectPageHeaders(await reader.goto((published as { url: string }).url));
  await expect(reader.getByRole("heading", { name: new RegExp(article.title) })).toBeVisible();
  await expect(reader.getByText(QUOTE).first()).toBeVisible();
  expect(await reader.locator('script[type="application/ld+json"]').count()).toBe(1);
  expect(await violations()).toEqual([]);
  await reader.context().close();
});

test("API answers are never cached, errors included; they need no CSP", async ({ page, signedInAs, playwright }) => {
  await signedInAs("CHECKER");
  for (const path of ["/api/articles", "/api/review-queue", "/api/health", "/api/claims/no-such-claim/history"]) {
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"], path).toBe("no-store");
  }
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const refused = await anonymous.get("/api/articles");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["cache-control"]).toBe("no-store");
  expect(refused.headers()["content-security-policy"]).toBeUndefined();
  await anonymous.dispose();
});
