import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { test, expect, signIn, TEST_PASSWORD, type TestUser } from "@/e2e/fixtures/test";
import { e2eDatabaseUrl } from "@/e2e/fixtures/config";
import { startCluster, defaultClusterPorts, type Cluster } from "@/e2e/two-instances/cluster";
import { openEventStream, type EventStreamReader } from "@/e2e/two-instances/event-stream";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createUser } from "@/prisma/seed/factories";

// Two `next start` processes on the suite's build and database, behind a real nginx
// (round-robin): a change made through one instance reaches people connected to the other, and a
// listener that loses its database connection catches up without losing or repeating an event.
const QUOTE = "the Senator had over 25 conversations with foreign ambassadors";
const LISTENER = "factdesk-listener";

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
/** Closed after each test: browser and API contexts, open streams. */
const closers: (() => Promise<unknown>)[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster({ appDir: process.cwd(), databaseUrl: e2eDatabaseUrl(), ports: defaultClusterPorts() });
});

test.afterEach(async ({}, testInfo) => {
  for (const close of closers.splice(0)) await close();
  if (cluster && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach("two-instances.log", { body: cluster.logs(), contentType: "text/plain" });
});

test.afterAll(async () => {
  await cluster?.stop();
});

async function checker(db: PrismaClient): Promise<TestUser> {
  const user = await createUser(db, { role: "CHECKER", password: TEST_PASSWORD });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** An API client signed in on one instance (or nginx), sending that address as its Origin. */
async function apiOn(baseURL: string, user: TestUser): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  closers.push(() => api.dispose());
  await signIn(api, user.email, TEST_PASSWORD);
  return api;
}

async function pageOn(browser: import("@playwright/test").Browser, baseURL: string, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  closers.push(() => context.close());
  const page = await context.newPage();
  await signIn(page.request, user.email, TEST_PASSWORD);
  return page;
}

async function cookieHeader(api: APIRequestContext): Promise<string> {
  const { cookies } = await api.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function createClaim(api: APIRequestContext, articleId: string): Promise<string> {
  const response = await api.post(`/api/articles/${articleId}/claims`, {
    data: { target: { selector: [{ type: "TextQuoteSelector", exact: QUOTE }] } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { claim: { id: string } }).claim.id;
}

async function listenerConnections(db: PrismaClient): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE application_name = ${LISTENER} AND datname = current_database()`;
  return row?.n ?? 0;
}

async function steadyListenerCount(db: PrismaClient): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await listenerConnections(db);
        const held = now === last && now >= 2;
        last = now;
        return held;
      },
      { intervals: [500], timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

async function terminateListeners(db: PrismaClient): Promise<number> {
  const rows = await db.$queryRaw<{ ok: boolean }[]>`
    SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
    WHERE application_name = ${LISTENER} AND datname = current_database()`;
  return rows.filter((r) => r.ok).length;
}

interface Received {
  id: string;
  type: string;
  claimId: string | null;
}

const claimEvents = (events: Received[]) => events.filter((e) => e.type === "claim.created");

/** Every event but `ready`, with its claim id: what a subscriber was told. */
function received(reader: EventStreamReader): Received[] {
  return reader.events
    .filter((e) => e.event !== "ready")
    .map((e) => ({
      id: e.id ?? "",
      type: e.event,
      claimId: (JSON.parse(e.data) as { claimId: string | null }).claimId,
    }));
}

/** A real EventSource in the page, logging every message it gets (reconnects included). */
async function browserEventLog(page: Page, articleId: string): Promise<() => Promise<Received[]>> {
  await page.goto("/articles");
  await page.evaluate((url) => {
    const log: { id: string; type: string; data: string }[] = [];
    (window as unknown as { __deskEvents: typeof log }).__deskEvents = log;
    const source = new EventSource(url);
    for (const type of ["ready", "claim.created"])
      source.addEventListener(type, (e) => log.push({ id: e.lastEventId, type, data: e.data }));
  }, `/api/articles/${articleId}/events`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __deskEvents: { type: string }[] }).__deskEvents.length))
    .toBeGreaterThan(0);
  return async () =>
    (
      await page.evaluate(
        () => (window as unknown as { __deskEvents: { id: string; type: string; data: string }[] }).__deskEvents,
      )
    )
      .filter((e) => e.type !== "ready")
      .map((e) => ({ id: e.id, type: e.type, claimId: (JSON.parse(e.data) as { claimId: string | null }).claimId }));
}

test("nginx shares requests between the two instances", async () => {
  const answeredBy = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const response = await fetch(`${cluster.proxy.url}/api/health`);
    expect(response.status).toBe(200);
    answeredBy.add(response.headers.get("x-upstream") ?? "");
  }
  expect([...answeredBy].sort()).toEqual([new URL(cluster.a.url).host, new URL(cluster.b.url).host].sort());
});

test("a claim created through instance B appears on instance A without a reload", async ({
  browser,
  db,
  seedArticleFor,
}) => {
  const reader = await checker(db);
  const writer = await checker(db);
  const article = await seedArticleFor(reader);
  const page = await pageOn(browser, cluster.a.url, reader);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const highlights = page.locator("mark[data-claim-id]").filter({ hasText: QUOTE });
  await expect(highlights).toHaveCount(0);

  const claimId = await createClaim(await apiOn(cluster.b.url, writer), article.id);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Claims in text order" }).getByRole("button")).toHaveCount(1);
});

test("every event arrives exactly once, in order, while the listeners' connections are killed", async ({
  browser,
  db,
  seedArticleFor,
}) => {
  test.setTimeout(120_000);
  const writer = await checker(db);
  const article = await seedArticleFor(writer);
  const cookie = await cookieHeader(await apiOn(cluster.proxy.url, writer));
  const streamUrl = (base: string) => `${base}/api/articles/${article.id}/events`;
  // Direct to each instance (so both have a listener), and through nginx, as a browser would be.
  const readers = await Promise.all(
    [cluster.a.url, cluster.b.url, cluster.proxy.url].map((base) => openEventStream(streamUrl(base), { cookie })),
  );
  for (const r of readers) closers.push(async () => r.close());
  const viaNginx = readers[2]!;
  await Promise.all(readers.map((r) => r.next((e) => e.event === "ready")));
  const browserLog = await browserEventLog(await pageOn(browser, cluster.proxy.url, writer), article.id);
  // Each process keeps one listener once it has a subscriber (earlier tests may have started some,
  // the main e2e server's included): wait until A's and B's are up and the count holds still.
  const listening = await steadyListenerCount(db);
  expect(listening).toBeGreaterThanOrEqual(2);

  const api = await apiOn(cluster.b.url, writer);
  const created: string[] = [];
  const killed: number[] = [];
  for (let i = 0; i < 9; i++) {
    const claim = createClaim(api, article.id);
    // While a claim is being written, and again once the listeners are back (or still reconnecting).
    if (i === 2 || i === 5) killed.push(await terminateListeners(db));
    created.push(await claim);
  }
  expect(killed[0]).toBeGreaterThanOrEqual(2);
  // Both listeners come back on their own.
  await expect.poll(() => listenerConnections(db), { timeout: 30_000 }).toBe(listening);

  const deliveries: [string, () => Promise<Received[]>][] = [
    ["instance A", async () => received(readers[0]!)],
    ["instance B", async () => received(readers[1]!)],
    ["nginx", async () => received(viaNginx)],
    ["browser via nginx", browserLog],
  ];
  for (const [name, events] of deliveries) {
    await expect
      .poll(async () => claimEvents(await events()).length, { message: name, timeout: 30_000 })
      .toBe(created.length);
    const all = await events();
    expect(
      claimEvents(all).map((e) => e.claimId),
      `${name}: each claim once, in the order made`,
    ).toEqual(created);
    const ids = all.map((e) => BigInt(e.id));
    expect(
      ids.every((id, i) => i === 0 || id > ids[i - 1]!),
      `${name}: event ids strictly increase (${all.map((e) => e.id).join(", ")})`,
    ).toBe(true);
  }
});

test("the stream through nginx is sent as it is written: not cached, transformed or compressed", async ({
  db,
  seedArticleFor,
}) => {
  const user = await checker(db);
  const article = await seedArticleFor(user);
  const cookie = await cookieHeader(await apiOn(cluster.proxy.url, user));
  const stream = await openEventStream(`${cluster.proxy.url}/api/articles/${article.id}/events`, {
    cookie,
    headers: { "Accept-Encoding": "gzip, deflate, br" },
  });
  closers.push(async () => stream.close());
  await stream.next((e) => e.event === "ready");
  const headers = stream.response.headers;
  expect(headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(headers.get("content-encoding")).toBeNull();
});
