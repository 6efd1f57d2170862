import { request as playwrightRequest } from "@playwright/test";
import { test, expect } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";

// The JSON API against the production server: the status codes and messages integrations rely on.

test("without a session every API route answers 401 in the error shape", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  for (const [method, path] of [
    ["GET", "/api/articles"],
    ["POST", "/api/articles"],
    ["GET", "/api/articles/x"],
    ["POST", "/api/articles/x/claims"],
    ["PATCH", "/api/claims/x"],
    ["DELETE", "/api/claims/x"],
    ["POST", "/api/claims/x/sources"],
    ["DELETE", "/api/sources/x"],
  ] as const) {
    const response = await anonymous.fetch(path, {
      method,
      data: method === "GET" || method === "DELETE" ? undefined : {},
    });
    expect(response.status(), `${method} ${path}`).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  }
  await anonymous.dispose();
});

test("article creation: 201, then 400 / 413 / 415 for bad bodies, and nothing half-saved", async ({
  page,
  signedInAs,
  db,
}) => {
  const user = await signedInAs("CHECKER");
  const api = page.request;

  const created = await api.post("/api/articles", {
    data: { title: "API article", body: "One.\n\nTwo.", format: "text" },
  });
  expect(created.status()).toBe(201);
  expect((await created.json()).article).toMatchObject({
    title: "API article",
    contentText: "One.\n\nTwo.",
    claims: [],
  });

  const invalid = await api.post("/api/articles", { data: { title: "", body: "", url: "javascript:alert(1)" } });
  expect(invalid.status()).toBe(400);
  expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["body", "title", "url"]);

  const malformed = await api.post("/api/articles", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toBe("The request body is not valid JSON.");

  const notJson = await api.post("/api/articles", { headers: { "content-type": "text/plain" }, data: "title=x" });
  expect(notJson.status()).toBe(415);

  const huge = await api.post("/api/articles", { data: { title: "Huge", body: "word ".repeat(450_000) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.fields.body[0]).toMatch(/2 MB/);

  expect(await db.article.count({ where: { createdById: user.id } })).toBe(1);
});

test("claims: anchoring errors are 422, stale versions 409, unknown ids 404", async ({
  page,
  signedInAs,
  seedArticleFor,
}) => {
  const user = await signedInAs("CHECKER");
  const article = await seedArticleFor(user);
  const api = page.request;
  const quote = (exact: string) => ({ type: "TextQuoteSelector", exact });

  const ambiguous = await api.post(`/api/articles/${article.id}/claims`, {
    data: { target: { selector: [quote("did not have communications with the Russians")] } },
  });
  expect(ambiguous.status()).toBe(422);
  expect((await ambiguous.json()).error.message).toMatch(/occurs 2 times/);

  const missing = await api.post(`/api/articles/${article.id}/claims`, {
    data: { target: { selector: [quote("Sessions resigned")] } },
  });
  expect(missing.status()).toBe(422);

  const created = await api.post(`/api/articles/${article.id}/claims`, {
    data: {
      target: { selector: [quote("the Senator had over 25 conversations with foreign ambassadors")] },
      claimant: "Sarah Isgur Flores",
      verdict: "mostly_true",
    },
  });
  expect(created.status()).toBe(201);
  const { claim } = await created.json();
  expect(claim.target.selector[0].prefix).toHaveLength(32);

  const saved = await api.patch(`/api/claims/${claim.id}`, {
    data: { version: 1, rationale: "Calendar records list 25 meetings." },
  });
  expect((await saved.json()).claim.version).toBe(2);
  const stale = await api.patch(`/api/claims/${claim.id}`, { data: { version: 1, rationale: "Overwrite?" } });
  expect(stale.status()).toBe(409);
  const conflict = (await stale.json()).error;
  expect(conflict.message).toContain(`${user.name} changed this claim at`);
  expect(conflict.current.rationale).toBe("Calendar records list 25 meetings.");

  const source = await api.post(`/api/claims/${claim.id}/sources`, {
    data: { url: "https://example.org/calendar", title: "Senate calendar", stance: "SUPPORTS" },
  });
  expect(source.status()).toBe(201);
  expect((await api.delete(`/api/sources/${(await source.json()).source.id}`)).status()).toBe(204);

  expect((await api.delete(`/api/claims/${claim.id}`)).status()).toBe(204);
  const gone = await api.patch(`/api/claims/${claim.id}`, { data: { version: 2 } });
  expect(gone.status()).toBe(404);
  expect((await gone.json()).error.code).toBe("NOT_FOUND");
  expect((await api.get("/api/articles/does-not-exist")).status()).toBe(404);
});
