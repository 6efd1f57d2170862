import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect, signIn, TEST_PASSWORD, type TestUser } from "@/e2e/fixtures/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";
import { discoverApiRoutes, discoverServerActions } from "@/e2e/fixtures/api-routes";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";

// Every API route × anonymous and each role × a resource of their own and someone else's.
// Routes are discovered from app/api, so a new route without a row here fails this test.
type Call = { path: string; data?: unknown };
type Setup = (owner: TestUser, db: PrismaClient) => Promise<Call>;
/** A status for everyone, or [own resource, someone else's] per role. */
type Expected = { anonymous: number } & Record<Role, number | [number, number]>;
/** stream: an event stream that never ends; only its status and Content-Type are read. */
type Row = { setup: Setup; expect: Expected; stream?: true } | { public: string };

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree.";
const all = (anonymous: number, signedIn: number): Expected => ({
  anonymous,
  CHECKER: signedIn,
  EDITOR: signedIn,
  ADMIN: signedIn,
});
const ownOnly = (ok: number): Expected => ({ anonymous: 401, CHECKER: [ok, 403], EDITOR: ok, ADMIN: ok });
const editors = (ok: number): Expected => ({ anonymous: 401, CHECKER: 403, EDITOR: ok, ADMIN: ok });
const admins = (ok: number): Expected => ({ anonymous: 401, CHECKER: 403, EDITOR: 403, ADMIN: ok });

const article = (owner: TestUser, db: PrismaClient) => createArticle(db, { createdById: owner.id, body: BODY });
async function claim(
  owner: TestUser,
  db: PrismaClient,
  state: { status?: "DRAFT" | "IN_REVIEW" | "APPROVED"; ready?: boolean } = {},
) {
  const { id: articleId } = await article(owner, db);
  const c = await createClaimOnQuote(db, { articleId, quote: "taxes fell by 40 percent", userId: owner.id });
  if (state.ready || state.status) {
    // A third person wrote the verdict, so the two-person rule never decides a cell here.
    const author = await createUser(db, { role: "CHECKER" });
    await db.claim.update({
      where: { id: c.id },
      data: {
        verdict: "false",
        rationale: "Audit shows 12%.",
        status: state.status,
        submittedAt: new Date(),
        verdictEditedById: author.id,
      },
    });
    await db.source.create({
      data: { claimId: c.id, url: "https://example.org/audit", title: "Audit", stance: "REFUTES", addedById: owner.id },
    });
  }
  await db.claimEvent.create({ data: { claimId: c.id, articleId, actorId: owner.id, action: "CREATED", changes: {} } });
  return c;
}

const MATRIX: Record<string, Row> = {
  "GET /api/health": { public: "health check for load balancers; answers everyone" },
  "GET /api/auth/[...nextauth]": { public: "next-auth's own endpoints (sign-in page, CSRF token, session)" },
  "POST /api/auth/[...nextauth]": { public: "next-auth's own endpoints (credentials callback, sign-out)" },
  "GET /api/articles": { setup: async () => ({ path: "/api/articles" }), expect: all(401, 200) },
  "POST /api/articles": {
    setup: async () => ({ path: "/api/articles", data: { title: "Matrix", body: BODY } }),
    expect: all(401, 201),
  },
  "GET /api/articles/[id]": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}` }),
    expect: all(401, 200),
  },
  "DELETE /api/articles/[id]": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}` }),
    expect: editors(204),
  },
  "POST /api/articles/[id]/refetch": {
    // The matrix's articles have no web address: signed-in callers get past the permission check
    // to the 422 that says so (fetching itself is covered by the refetch integration test).
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/refetch` }),
    expect: all(401, 422),
  },
  "GET /api/articles/[id]/events": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/events` }),
    expect: all(401, 200),
    stream: true,
  },
  "GET /api/events": { setup: async () => ({ path: "/api/events" }), expect: all(401, 200), stream: true },
  // Presence: everyone who may read an article may be seen on it; each call names a fresh tab.
  "GET /api/articles/[id]/presence": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/presence` }),
    expect: all(401, 200),
  },
  "PUT /api/articles/[id]/presence": {
    setup: async (o, db) => ({
      path: `/api/articles/${(await article(o, db)).id}/presence`,
      data: { tabId: crypto.randomUUID(), claimId: null },
    }),
    expect: all(401, 200),
  },
  "DELETE /api/articles/[id]/presence": {
    setup: async (o, db) => ({
      path: `/api/articles/${(await article(o, db)).id}/presence`,
      data: { tabId: crypto.randomUUID() },
    }),
    expect: all(401, 204),
  },
  "GET /api/articles/[id]/revisions": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/revisions` }),
    expect: all(401, 200),
  },
  "POST /api/articles/[id]/revisions": {
    setup: async (o, db) => ({
      path: `/api/articles/${(await article(o, db)).id}/revisions`,
      data: { format: "text", body: `${BODY} The council agreed.`, note: "Update" },
    }),
    expect: all(401, 201),
  },
  "GET /api/articles/[id]/revisions/[n]": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/revisions/1` }),
    expect: all(401, 200),
  },
  "GET /api/articles/[id]/revisions/[n]/diff": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/revisions/1/diff?against=1` }),
    expect: all(401, 200),
  },
  "GET /api/articles/[id]/export": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/export?format=csv` }),
    expect: all(401, 200),
  },
  "POST /api/articles/[id]/publish": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/publish` }),
    expect: editors(200),
  },
  "DELETE /api/articles/[id]/publish": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/publish` }),
    expect: editors(204),
  },
  "POST /api/articles/[id]/claims": {
    setup: async (o, db) => ({
      path: `/api/articles/${(await article(o, db)).id}/claims`,
      data: { target: { selector: [{ type: "TextQuoteSelector", exact: "Critics disagree" }] } },
    }),
    expect: all(401, 201),
  },
  // Suggestions: whoever may make claims (every role) sees and dismisses them.
  "GET /api/articles/[id]/suggestions": {
    setup: async (o, db) => ({ path: `/api/articles/${(await article(o, db)).id}/suggestions` }),
    expect: all(401, 200),
  },
  "POST /api/articles/[id]/suggestions/dismiss": {
    setup: async (o, db) => {
      const { id, contentText } = await article(o, db);
      const text = "The mayor said taxes fell by 40 percent last year.";
      const start = contentText.indexOf(text);
      return { path: `/api/articles/${id}/suggestions/dismiss`, data: { start, end: start + text.length, text } };
    },
    expect: all(401, 200),
  },
  "PATCH /api/claims/[id]": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db)).id}`,
      data: { version: 1, rationale: "Checked." },
    }),
    expect: ownOnly(200),
  },
  "DELETE /api/claims/[id]": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db)).id}` }),
    expect: ownOnly(204),
  },
  "POST /api/claims/[id]/sources": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db)).id}/sources`,
      data: { url: "https://example.org/s", title: "S", stance: "CONTEXT" },
    }),
    expect: ownOnly(201),
  },
  "DELETE /api/sources/[id]": {
    setup: async (o, db) => ({
      path: `/api/sources/${(await db.source.findFirstOrThrow({ where: { claimId: (await claim(o, db, { ready: true })).id } })).id}`,
    }),
    expect: ownOnly(204),
  },
  "POST /api/claims/[id]/submit": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db, { ready: true })).id}/submit` }),
    expect: ownOnly(200),
  },
  "POST /api/claims/[id]/approve": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db, { status: "IN_REVIEW" })).id}/approve` }),
    expect: editors(200),
  },
  "POST /api/claims/[id]/request-changes": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db, { status: "IN_REVIEW" })).id}/request-changes`,
      data: { comment: "Second source, please." },
    }),
    expect: editors(200),
  },
  "POST /api/claims/[id]/reopen": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db, { status: "APPROVED" })).id}/reopen`,
      data: { reason: "New figures." },
    }),
    expect: editors(200),
  },
  "POST /api/claims/[id]/anchor": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db)).id}/anchor`,
      data: { version: 1, target: { selector: [{ type: "TextQuoteSelector", exact: "Critics disagree" }] } },
    }),
    expect: ownOnly(200),
  },
  "GET /api/claims/[id]/comments": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db)).id}/comments` }),
    expect: all(401, 200),
  },
  "POST /api/claims/[id]/comments": {
    setup: async (o, db) => ({
      path: `/api/claims/${(await claim(o, db)).id}/comments`,
      data: { body: "Looks right." },
    }),
    expect: all(401, 201),
  },
  "GET /api/claims/[id]/history": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db)).id}/history` }),
    expect: all(401, 200),
  },
  // Already fact-checked: everyone reads a claim's matches; linking and dismissing are edits of the
  // claim (claim.edit), so a checker does them on their own claims only.
  "GET /api/claims/[id]/matches": {
    setup: async (o, db) => ({ path: `/api/claims/${(await claim(o, db)).id}/matches` }),
    expect: all(401, 200),
  },
  "POST /api/claims/[id]/links": {
    setup: async (o, db) => {
      const earlier = await claim(o, db, { ready: true });
      return { path: `/api/claims/${(await claim(o, db)).id}/links`, data: { claimId: earlier.id, copy: true } };
    },
    expect: ownOnly(201),
  },
  "POST /api/claims/[id]/matches/[otherId]/dismiss": {
    setup: async (o, db) => {
      const earlier = await claim(o, db);
      return { path: `/api/claims/${(await claim(o, db)).id}/matches/${earlier.id}/dismiss` };
    },
    expect: ownOnly(204),
  },
  "GET /api/review-queue": { setup: async () => ({ path: "/api/review-queue" }), expect: editors(200) },
  "GET /api/users": { setup: async () => ({ path: "/api/users" }), expect: admins(200) },
  // Active colleagues' names for assigning and mentioning: every signed-in role may read them.
  "GET /api/people": { setup: async () => ({ path: "/api/people" }), expect: all(401, 200) },
  // One's own notifications: everyone signed in reads and marks theirs (other people's ids match nothing).
  "GET /api/me/notifications": { setup: async () => ({ path: "/api/me/notifications" }), expect: all(401, 200) },
  "POST /api/me/notifications/read": {
    setup: async () => ({ path: "/api/me/notifications/read", data: { all: true } }),
    expect: all(401, 200),
  },
  // Each person's own work: the query is scoped to the caller, so there is nobody else's to ask for.
  "GET /api/me/work": { setup: async () => ({ path: "/api/me/work" }), expect: all(401, 200) },
  "GET /api/search": { setup: async () => ({ path: "/api/search?q=Russians" }), expect: all(401, 200) },
  "POST /api/users": {
    setup: async () => ({
      path: "/api/users",
      data: {
        email: `new-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`,
        name: "New Person",
        role: "CHECKER",
        password: "a long enough password",
      },
    }),
    expect: admins(201),
  },
  "PATCH /api/users/[id]": {
    setup: async (o) => ({ path: `/api/users/${o.id}`, data: { active: true } }),
    expect: admins(200),
  },
  // Sign-in security (server/users/): the admin rows act on a fresh account, so no cell signs
  // the matrix's own users out; the password row stops at validation, before the throttle.
  "POST /api/users/[id]/sessions/revoke": {
    setup: async (_o, db) => ({ path: `/api/users/${(await createUser(db)).id}/sessions/revoke` }),
    expect: admins(200),
  },
  "POST /api/users/[id]/unlock": {
    setup: async (_o, db) => ({ path: `/api/users/${(await createUser(db)).id}/unlock` }),
    expect: admins(204),
  },
  "POST /api/users/[id]/password-reset": {
    setup: async (_o, db) => ({ path: `/api/users/${(await createUser(db)).id}/password-reset` }),
    expect: admins(201),
  },
  "POST /api/account/password": {
    setup: async () => ({ path: "/api/account/password", data: { currentPassword: "x", newPassword: "short" } }),
    expect: all(401, 400),
  },
  "POST /api/account/sessions/revoke": {
    // Ends the caller's other sessions only: the matrix's context stays signed in.
    setup: async () => ({ path: "/api/account/sessions/revoke" }),
    expect: all(401, 200),
  },
  "POST /api/password-reset": { public: "a reset link's token is the credential (session-revocation spec)" },
  // API tokens and two-factor (server/auth/api-tokens*.ts, server/auth/two-factor/).
  "GET /api/tokens": { setup: async () => ({ path: "/api/tokens" }), expect: admins(200) },
  "POST /api/tokens": {
    setup: async () => ({ path: "/api/tokens", data: { name: "Matrix", role: "CHECKER", expiresInDays: 1 } }),
    expect: admins(201),
  },
  "DELETE /api/tokens/[id]": {
    setup: async (o, db) => {
      const token = await db.apiToken.create({
        data: {
          name: "Matrix",
          role: "CHECKER",
          tokenHash: `matrix-${Date.now()}-${Math.random()}`,
          prefix: "fdt_matrix",
          createdById: o.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { path: `/api/tokens/${token.id}` };
    },
    expect: admins(204),
  },
  // Everyone may manage their own second factor; the matrix's users have none, so the calls that
  // need it on answer 409 once past the permission check (the two-factor spec covers them).
  "POST /api/account/two-factor": { setup: async () => ({ path: "/api/account/two-factor" }), expect: all(401, 200) },
  "DELETE /api/account/two-factor": {
    setup: async () => ({ path: "/api/account/two-factor", data: { password: TEST_PASSWORD } }),
    expect: all(401, 409),
  },
  "POST /api/account/two-factor/confirm": {
    setup: async (_o, db) => {
      // No enrolment under way: whatever an earlier row started is dropped first.
      await db.user.updateMany({ where: { totpEnabledAt: null }, data: { totpSecret: null } });
      return { path: "/api/account/two-factor/confirm", data: { code: "000000" } };
    },
    expect: all(401, 409),
  },
  "POST /api/account/two-factor/recovery-codes": {
    setup: async () => ({ path: "/api/account/two-factor/recovery-codes", data: { password: TEST_PASSWORD } }),
    expect: all(401, 409),
  },
  "PUT /api/settings/two-factor": {
    setup: async () => ({ path: "/api/settings/two-factor", data: { required: false } }),
    expect: admins(200),
  },
  "DELETE /api/users/[id]/two-factor": {
    setup: async (o) => ({ path: `/api/users/${o.id}/two-factor` }),
    expect: admins(204),
  },
};

test("every API route and server action has a row in the authorization matrix", () => {
  const missing = discoverApiRoutes().filter((route) => !(route in MATRIX));
  expect(missing, "routes without a row in MATRIX").toEqual([]);
  expect(
    Object.keys(MATRIX).filter((route) => !discoverApiRoutes().includes(route)),
    "rows for routes that no longer exist",
  ).toEqual([]);
  expect(discoverServerActions(), "server actions (add them to the matrix)").toEqual([]);
});

test("each role gets exactly the access the permission table gives it", async ({ db }) => {
  test.setTimeout(180_000);
  const users = {} as Record<Role | "stranger", TestUser>;
  const contexts = {} as Record<Role | "anonymous", APIRequestContext>;
  contexts.anonymous = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  for (const role of ["CHECKER", "EDITOR", "ADMIN"] as const) {
    const user = await createUser(db, { role, password: TEST_PASSWORD });
    users[role] = { id: user.id, email: user.email, name: user.name, role };
    contexts[role] = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    await signIn(contexts[role], user.email, TEST_PASSWORD);
  }
  const stranger = await createUser(db, { role: "CHECKER" });
  users.stranger = { id: stranger.id, email: stranger.email, name: stranger.name, role: "CHECKER" };

  const mismatches: string[] = [];
  for (const [route, row] of Object.entries(MATRIX)) {
    if ("public" in row) continue;
    const [method] = route.split(" ") as ["GET" | "POST" | "PUT" | "PATCH" | "DELETE"];
    const cells: [string, APIRequestContext, TestUser, number][] = [
      ["anonymous", contexts.anonymous, users.stranger, row.expect.anonymous],
    ];
    for (const role of ["CHECKER", "EDITOR", "ADMIN"] as const) {
      const [own, other] =
        typeof row.expect[role] === "number" ? [row.expect[role], row.expect[role]] : row.expect[role];
      cells.push(
        [`${role} own`, contexts[role], users[role], own as number],
        [`${role} other's`, contexts[role], users.stranger, other as number],
      );
    }
    for (const [who, context, owner, expected] of cells) {
      const call = await row.setup(owner, db);
      if (row.stream) {
        const { status, type } = await openStream(context, call.path);
        const want = expected === 200 ? "text/event-stream" : "application/json";
        if (status !== expected || !type.startsWith(want))
          mismatches.push(`${route} as ${who}: ${status} ${type} (expected ${expected} ${want})`);
        continue;
      }
      const response = await context.fetch(call.path, { method, data: call.data });
      if (response.status() !== expected)
        mismatches.push(
          `${route} as ${who}: ${response.status()} (expected ${expected}) ${(await response.text()).slice(0, 160)}`,
        );
    }
  }
  expect(mismatches).toEqual([]);
  for (const context of Object.values(contexts)) await context.dispose();
});

/** Playwright's request API waits for the whole body: a stream is opened with fetch and dropped. */
async function openStream(context: APIRequestContext, path: string): Promise<{ status: number; type: string }> {
  const { cookies } = await context.storageState();
  const controller = new AbortController();
  const response = await fetch(new URL(path, E2E_BASE_URL), {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    signal: controller.signal,
  });
  controller.abort();
  return { status: response.status, type: response.headers.get("content-type") ?? "" };
}
