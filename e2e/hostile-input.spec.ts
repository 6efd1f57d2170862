// The hostile-input corpus (e2e/hostile/cases.ts) against the production server: every case gets
// the status it should, with the field named; whatever is stored is then opened on the desk, the
// public page and the HTML export in Chromium, where nothing may run.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, signIn, TEST_PASSWORD } from "@/e2e/fixtures/test";
import { newApiContext, post, send } from "@/e2e/hostile/api-client";
import {
  MARKUP_CASES,
  REQUEST_CASES,
  SCRATCH_TEXT,
  TEXT_PAYLOADS,
  type Endpoint,
  type MarkupCase,
} from "@/e2e/hostile/cases";
import { installSentinel, type Sentinel } from "@/e2e/hostile/sentinel";
import { createUser } from "@/prisma/seed/factories";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import type { ArticleView } from "@/lib/articles/article-view";
import type { ClaimView } from "@/lib/claims/claim-view";

const BATCH_SIZE = 20;

async function apiUser(db: PrismaClient, role: Role): Promise<APIRequestContext> {
  const user = await createUser(db, { role, password: TEST_PASSWORD });
  const request = await newApiContext();
  await signIn(request, user.email, TEST_PASSWORD);
  return request;
}

function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

test("every hostile request gets its status, with a message on the field at fault", async ({
  page,
  signedInAs,
  db,
}) => {
  await signedInAs("CHECKER");
  const as = {
    checker: page.request,
    editor: await apiUser(db, "EDITOR"),
    admin: await apiUser(db, "ADMIN"),
    anonymous: await newApiContext(),
  };
  const { article } = await post<{ article: ArticleView }>(page.request, "/api/articles", {
    title: "Scratch article for hostile requests",
    body: SCRATCH_TEXT,
  });
  expect(article.contentText).toBe(SCRATCH_TEXT);
  const { claim } = await post<{ claim: ClaimView }>(page.request, `/api/articles/${article.id}/claims`, {
    target: { selector: [{ type: "TextQuoteSelector", exact: "Unique phrase alpha" }] },
  });
  const routes: Record<Endpoint, ["POST" | "PATCH", string]> = {
    createArticle: ["POST", "/api/articles"],
    createRevision: ["POST", `/api/articles/${article.id}/revisions`],
    createClaim: ["POST", `/api/articles/${article.id}/claims`],
    updateClaim: ["PATCH", `/api/claims/${claim.id}`],
    addSource: ["POST", `/api/claims/${claim.id}/sources`],
    addComment: ["POST", `/api/claims/${claim.id}/comments`],
    requestChanges: ["POST", `/api/claims/${claim.id}/request-changes`],
    reopen: ["POST", `/api/claims/${claim.id}/reopen`],
    createUser: ["POST", "/api/users"],
  };

  expect(REQUEST_CASES.length).toBeGreaterThanOrEqual(100);
  for (const c of REQUEST_CASES) {
    const [method, path] = routes[c.endpoint];
    const response = await send(as[c.as ?? "checker"], method, path, c);
    const answer = (await response.json().catch(() => null)) as { error?: { fields?: Record<string, string[]> } };
    expect.soft(response.status(), `${c.name}: ${JSON.stringify(answer)?.slice(0, 300)}`).toBe(c.status);
    if (c.field) {
      const [field, words] = c.field;
      expect.soft(answer?.error?.fields?.[field]?.join(" "), `${c.name}: message on ${field}`).toMatch(words);
    }
    if (c.stored) expect.soft(at(answer, c.stored[0]), `${c.name}: stored ${c.stored[0]}`).toEqual(c.stored[1]);
  }
  for (const request of [as.editor, as.admin, as.anonymous]) await request.dispose();
});

test("NUL and broken characters in addresses and the search are refused, never a 500", async ({ page, signedInAs }) => {
  await signedInAs("CHECKER");
  const search = await page.request.get("/api/articles?q=a%00b");
  expect(search.status()).toBe(400);
  expect(((await search.json()) as { error: { fields: Record<string, string[]> } }).error.fields.q?.join(" ")).toMatch(
    /NUL character/,
  );
  for (const path of ["/api/articles/a%00b", "/api/claims/a%00b/history"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const patch = await send(page.request, "PATCH", "/api/claims/a%00b", { body: { version: 1, claimant: "x" } });
  expect(patch.status()).toBe(404);
  const page404 = await page.goto("/articles/a%00b");
  expect(page404?.status()).toBe(404);
});

test("hostile markup is refused or made harmless, and nothing runs on any page", async ({ page, signedInAs, db }) => {
  await signedInAs("CHECKER");
  for (const c of MARKUP_CASES) {
    const response = await send(page.request, "POST", "/api/articles", {
      body: { title: `Markup: ${c.name}`, format: c.format, body: marker(c, 0) },
    });
    const answer = (await response.json()) as { error?: { fields?: Record<string, string[]> } };
    expect.soft(response.status(), `${c.name}: ${JSON.stringify(answer).slice(0, 300)}`).toBe(c.status);
    if (c.field) expect.soft(answer.error?.fields?.[c.field[0]]?.join(" "), c.name).toMatch(c.field[1]);
  }

  const editor = await apiUser(db, "EDITOR");
  const sentinel = await installSentinel(page);
  for (const [i, batch] of batches(MARKUP_CASES.filter((c) => c.status === 201)).entries()) {
    const title = `Hostile markup batch ${i + 1}`;
    const article = await publishArticle(page.request, editor, {
      title,
      format: batch[0]!.format,
      body: batch.map((c, n) => marker(c, n)).join("\n\n"),
      claims: [{ quote: marker(batch[0]!, 0, "text"), claimant: "Batch", rationale: "Markup batch." }],
    });
    const findings = await openEverywhere(page, sentinel, article, title);
    expect(findings, `${title}: ${batch.map((c) => c.name).join(", ")}`).toEqual([]);
  }
  await editor.dispose();
});

test("hostile text in every stored field shows as typed, and nothing runs on any page", async ({ page, db }) => {
  // The claims' author has a hostile name too: it shows in the history and the discussion.
  const admin = await apiUser(db, "ADMIN");
  const name = TEXT_PAYLOADS[1]!;
  const email = `hostile-${Date.now().toString(36)}@example.org`;
  await post(admin, "/api/users", { email, name, role: "CHECKER", password: TEST_PASSWORD });
  await signIn(page.request, email, TEST_PASSWORD);
  const editor = await apiUser(db, "EDITOR");

  const sentences = TEXT_PAYLOADS.map((_, n) => `Sentence ${n + 1} is a claim.`);
  const [title, outlet, author] = [TEXT_PAYLOADS[3]!, TEXT_PAYLOADS[0]!, TEXT_PAYLOADS[2]!];
  const article = await publishArticle(page.request, editor, {
    title,
    outlet,
    author,
    format: "text",
    body: sentences.join("\n\n"),
    claims: TEXT_PAYLOADS.map((payload, n) => ({
      quote: sentences[n]!,
      claimant: payload,
      rationale: TEXT_PAYLOADS[(n + 1) % TEXT_PAYLOADS.length]!,
      source: { title: payload, publisher: payload, excerpt: payload },
      comment: payload,
    })),
  });

  const sentinel = await installSentinel(page);
  expect(await openEverywhere(page, sentinel, article, title)).toEqual([]);
  for (const claim of article.claims) {
    await page.goto(`/articles/${article.id}?claim=${claim.number}`);
    await expect(page.getByText(claim.claimant!, { exact: true }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await sentinel.findings(), `claim ${claim.number} on the desk`).toEqual([]);
  }
  await Promise.all([admin.dispose(), editor.dispose()]);
});

test("the sentinel notices a payload that runs, so its silence above means something", async ({ page }) => {
  const sentinel = await installSentinel(page);
  const unsafe = `<h1>Unsafe</h1><img src=x onerror=__pwned("control")><img src="https://attacker.example/p.png">`;
  // Everything on control.test is answered here, the broken image "x" too: left to the network,
  // its DNS lookup can hang on a machine without one, and the page would never go idle.
  await page.route("http://control.test/**", (route) =>
    new URL(route.request().url()).pathname === "/"
      ? route.fulfill({ body: unsafe, contentType: "text/html" })
      : route.fulfill({ status: 404, body: "" }),
  );
  await page.goto("http://control.test/");
  await page.waitForLoadState("networkidle");
  await expect
    .poll(() => sentinel.findings())
    .toEqual(expect.arrayContaining(["__pwned(control)", "<img onerror>", "request: https://attacker.example/p.png"]));
});

/** Accepted markup in groups, each opened once; payloads that swallow what follows go last. */
function batches(cases: MarkupCase[]): MarkupCase[][] {
  const groups: MarkupCase[][] = [];
  for (const format of ["html", "markdown"] as const) {
    const ordered = cases.filter((c) => c.format === format).sort((a, b) => Number(!!a.last) - Number(!!b.last));
    for (let i = 0; i < ordered.length; i += BATCH_SIZE) groups.push(ordered.slice(i, i + BATCH_SIZE));
  }
  return groups;
}

/** Each payload after a sentence of its own, so a claim can sit in every batch. */
function marker(c: MarkupCase, n: number, as: "source" | "text" = "source"): string {
  const sentence = `Marker ${n + 1}: ${c.name}.`;
  if (as === "text") return sentence;
  return c.format === "html" ? `<p>${sentence}</p>${c.body}` : `${sentence}\n\n${c.body}`;
}

interface ClaimPlan {
  quote: string;
  claimant: string;
  rationale: string;
  source?: { title: string; publisher: string; excerpt: string };
  comment?: string;
}

/**
 * An article as the desk makes one: created and claimed by the page's user, each claim with a
 * source and submitted, approved by an editor (the two-person rule), then published.
 */
async function publishArticle(
  checker: APIRequestContext,
  editor: APIRequestContext,
  plan: { title: string; format: string; body: string; outlet?: string; author?: string; claims: ClaimPlan[] },
): Promise<ArticleView & { publicUrl: string }> {
  const { claims, ...fields } = plan;
  const { article } = await post<{ article: ArticleView }>(checker, "/api/articles", fields);
  for (const [n, c] of claims.entries()) {
    const { claim } = await post<{ claim: ClaimView }>(checker, `/api/articles/${article.id}/claims`, {
      target: { selector: [{ type: "TextQuoteSelector", exact: c.quote }] },
      claimant: c.claimant,
      verdict: "false",
      rationale: c.rationale,
    });
    await post(checker, `/api/claims/${claim.id}/sources`, {
      url: `https://sources.example/${n}`,
      title: "A source",
      stance: "REFUTES",
      ...c.source,
    });
    if (c.comment) await post(checker, `/api/claims/${claim.id}/comments`, { body: c.comment });
    await post(checker, `/api/claims/${claim.id}/submit`);
    await post(editor, `/api/claims/${claim.id}/approve`);
  }
  const { url } = await post<{ url: string }>(editor, `/api/articles/${article.id}/publish`);
  const reread = (await (await checker.get(`/api/articles/${article.id}`)).json()) as { article: ArticleView };
  return { ...reread.article, publicUrl: url };
}

/** The desk page, the public page and the HTML export (served from an origin of its own). */
async function openEverywhere(
  page: Page,
  sentinel: Sentinel,
  article: ArticleView & { publicUrl: string },
  title: string,
) {
  const findings: string[] = [];
  const exported = await page.request.get(`/api/articles/${article.id}/export?format=html&scope=all&notes=include`);
  expect(exported.status()).toBe(200);
  const html = await exported.text();
  const exportUrl = `http://export.test/${article.id}.html`;
  await page.route(exportUrl, (route) => route.fulfill({ body: html, contentType: "text/html" }));
  const publicPath = new URL(article.publicUrl).pathname;
  for (const url of [`/articles/${article.id}`, publicPath, exportUrl]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
    await page.waitForLoadState("networkidle");
    findings.push(...(await sentinel.findings()).map((f) => `${url}: ${f}`));
  }
  return findings;
}
