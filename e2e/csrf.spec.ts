import type { Page } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { startOtherSite } from "@/e2e/fixtures/other-site";
import { createClaimOnQuote, createUser } from "@/prisma/seed/factories";

// The browser's own Origin and Sec-Fetch-Site, not the suite's default (playwright.config.ts).
test.use({ extraHTTPHeaders: {} });

const QUOTE = "the Senator had over 25 conversations with foreign ambassadors";
let site: Awaited<ReturnType<typeof startOtherSite>>;

test.beforeAll(async () => {
  site = await startOtherSite();
});
test.afterAll(async () => {
  await site.close();
});

/** Opens the other site's page in the signed-in browser and waits for the desk to answer it. */
async function attack(page: Page, path: string, html: string) {
  site.show(`<!doctype html><title>Win a prize</title><body>${html}</body>`);
  const answered = page.waitForResponse((r) => r.url() === E2E_BASE_URL + path);
  await page.goto(site.url);
  return answered;
}

test("another site cannot make a signed-in admin's browser change anything", async ({
  page,
  signedInAs,
  seedArticleFor,
  db,
}) => {
  const admin = await signedInAs("ADMIN");
  const checker = await createUser(db, { role: "CHECKER" });
  const article = await seedArticleFor(admin);
  const claim = await createClaimOnQuote(db, { articleId: article.id, quote: QUOTE, userId: checker.id });
  await db.claim.update({
    where: { id: claim.id },
    data: {
      status: "IN_REVIEW",
      verdict: "false",
      rationale: "He met the ambassador twice.",
      verdictEditedById: checker.id,
    },
  });
  const email = `planted-${Date.now().toString(36)}@evil.example`;
  const body = JSON.stringify({ email, name: "Planted Admin", role: "ADMIN", password: "x" });

  // A form can post text/plain cross-site without a preflight; its name=value shapes valid JSON.
  const [name, value] = [body.slice(0, -2), 'long-enough-password"}'];
  const form = await attack(
    page,
    "/api/users",
    `<form method="post" enctype="text/plain" action="${E2E_BASE_URL}/api/users">
       <input type="hidden" name='${name.replace(/'/g, "&#39;")}' value='${value}'></form>
     <script>document.forms[0].submit()</script>`,
  );
  expect(form.status()).toBe(403);

  const noCors = (path: string, init: string) =>
    attack(page, path, `<script>fetch(${JSON.stringify(E2E_BASE_URL + path)}, ${init})</script>`);
  const disguised = await noCors(
    "/api/users",
    `{ method: "POST", mode: "no-cors", credentials: "include",
       headers: { "content-type": "text/plain; x=application/json" }, body: ${JSON.stringify(body)} }`,
  );
  expect(disguised.status()).toBe(403);
  const approve = await noCors(
    `/api/claims/${claim.id}/approve`,
    `{ method: "POST", mode: "no-cors", credentials: "include" }`,
  );
  expect(approve.status()).toBe(403);
  const publish = await noCors(
    `/api/articles/${article.id}/publish`,
    `{ method: "POST", mode: "no-cors", credentials: "include" }`,
  );
  expect(publish.status()).toBe(403);

  expect(await db.user.findUnique({ where: { email } })).toBeNull();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).publishedAt).toBeNull();

  // The desk's own pages still can: the browser's real Origin is the desk's.
  await page.goto(`/articles/${article.id}`);
  const statuses = await page.evaluate(
    async ([claimId, articleId]) => [
      (await fetch(`/api/claims/${claimId}/approve`, { method: "POST" })).status,
      (await fetch(`/api/articles/${articleId}/publish`, { method: "POST" })).status,
    ],
    [claim.id, article.id],
  );
  expect(statuses).toEqual([200, 200]);
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("APPROVED");
});

test("the API names the refusal: 403 CSRF_ORIGIN for a foreign or missing Origin, 415 for a disguised type", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("ADMIN");
  const user = {
    email: `api-${Date.now().toString(36)}@example.org`,
    name: "API Person",
    role: "CHECKER",
    password: "long-enough-password",
  };

  const foreign = await page.request.post("/api/users", { headers: { Origin: site.url.slice(0, -1) }, data: user });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe("CSRF_ORIGIN");
  const crossSite = await page.request.post("/api/users", { headers: { "Sec-Fetch-Site": "same-site" }, data: user });
  expect(crossSite.status()).toBe(403);
  // A cookie with no Origin and no Sec-Fetch-Site (curl, a script): scripts use API tokens.
  const unnamed = await page.request.post("/api/users", { data: user });
  expect(unnamed.status()).toBe(403);
  expect((await unnamed.json()).error.code).toBe("CSRF_ORIGIN");

  const own = { Origin: E2E_BASE_URL };
  const disguised = await page.request.post("/api/users", {
    headers: { ...own, "content-type": "text/plain; x=application/json" },
    data: JSON.stringify(user),
  });
  expect(disguised.status()).toBe(415);
  const strayBody = await page.request.post("/api/claims/no-such-claim/approve", {
    headers: { ...own, "content-type": "text/plain" },
    data: "approve=1",
  });
  expect(strayBody.status()).toBe(415);
  const deep = await page.request.post("/api/users", {
    headers: { ...own, "content-type": "application/json" },
    data: "[".repeat(10_000) + "]".repeat(10_000),
  });
  expect(deep.status()).toBe(422);

  const created = await page.request.post("/api/users", {
    headers: { ...own, "content-type": "application/json; charset=utf-8" },
    data: JSON.stringify(user),
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["cache-control"]).toBe("no-store");
});
