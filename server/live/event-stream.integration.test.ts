// The live stream end to end on a real PostgreSQL: triggers -> NOTIFY -> the process's listener
// -> a Server-Sent Events response. What a client that reconnects receives, and what survives
// the listener's connection being killed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/create-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { addComment } from "@/server/comments/add-comment";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { readSse, type SseMessage } from "@/server/testing/sse-reader";
import { createArticle } from "@/prisma/seed/factories";
import { readDeskEvents } from "@/server/live/desk-events";
import { LISTENER_APPLICATION_NAME } from "@/server/live/desk-event-hub";
import { deskEventStream } from "@/server/live/event-stream";
import { runOnPool } from "@/server/live/live-hub";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";
let checker: Actor;
const open: AbortController[] = [];

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
});
afterAll(() => open.forEach((c) => c.abort()));

const newArticle = async () => (await createArticle(db, { createdById: checker.id, body: BODY })).id;
const newClaim = (articleId: string) =>
  createClaim(articleId, { target: { selector: [{ type: "TextQuoteSelector", exact: "Critics disagree" }] } }, checker);

function subscribe(articleId: string, lastEventId?: number) {
  const controller = new AbortController();
  open.push(controller);
  const headers = lastEventId === undefined ? undefined : { "last-event-id": String(lastEventId) };
  const request = new Request(`http://desk.test/api/articles/${articleId}/events`, {
    headers,
    signal: controller.signal,
  });
  const response = deskEventStream(request, { articleId, readerId: checker.id });
  return { response, ...readSse(response), close: () => controller.abort() };
}

const events = (messages: SseMessage[]) => messages.filter((m) => m.event !== "ready");
const loggedIds = async (articleId: string, after: number) =>
  (await readDeskEvents(runOnPool, { after, articleId })).map((e) => e.id);

describe("GET /api/articles/:id/events", () => {
  it("starts at now with a ready cursor, then sends each change with the claim as it is now", async () => {
    const articleId = await newArticle();
    const stream = subscribe(articleId);
    expect(stream.response.headers.get("content-type")).toBe("text/event-stream");
    expect(stream.response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(stream.response.headers.get("x-accel-buffering")).toBe("no");
    await expect.poll(() => stream.messages[0]?.event).toBe("ready");

    const claim = await newClaim(articleId);
    await expect.poll(() => events(stream.messages).length).toBe(1);
    const [created] = events(stream.messages);
    expect(created).toMatchObject({
      event: "claim.created",
      data: {
        articleId,
        type: "claim.created",
        claimId: claim.id,
        actor: { id: checker.id, name: "Casey Checker" },
        data: { number: 1 },
        claim: { id: claim.id, number: 1, version: 1 },
      },
    });
    expect(created!.id).toBeGreaterThan(stream.messages[0]!.id!);
    stream.close();
  });

  it("after a reconnect with Last-Event-ID sends exactly the missed events, in order, then live ones", async () => {
    const articleId = await newArticle();
    const otherArticle = await newArticle();
    const first = subscribe(articleId);
    await expect.poll(() => first.messages[0]?.event).toBe("ready");
    const start = first.messages[0]!.id!;
    const claim = await newClaim(articleId);
    await expect.poll(() => events(first.messages).length).toBe(1);
    first.close();

    // Missed while disconnected; the other article's change is not this stream's.
    await updateClaim(claim.id, { version: 1, verdict: "false" }, checker);
    await newClaim(otherArticle);
    await addComment(claim.id, { body: "Called the council." }, checker);

    const lastSeen = events(first.messages).at(-1)!.id!;
    const second = subscribe(articleId, lastSeen);
    await expect.poll(() => second.messages.map((m) => m.event)).toEqual(["claim.updated", "comment.added"]);
    await addComment(claim.id, { body: "They confirmed." }, checker);
    await expect.poll(() => second.messages.length).toBe(3);

    const received = [...events(first.messages), ...second.messages].map((m) => m.id);
    expect(received).toEqual(await loggedIds(articleId, start));
    expect(second.messages[0]!.data).toMatchObject({ data: { fields: ["verdict"] }, claim: { verdict: "false" } });
    second.close();
  });

  it("delivers every event exactly once, in order, while the listener's connection is killed", async () => {
    const articleId = await newArticle();
    const stream = subscribe(articleId);
    await expect.poll(() => stream.messages[0]?.event).toBe("ready");
    const start = stream.messages[0]!.id!;
    const claim = await newClaim(articleId);

    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const listeners = `FROM pg_stat_activity WHERE application_name = '${LISTENER_APPLICATION_NAME}' AND datname = current_database()`;
    const listenerCount = async () => (await admin.query(`SELECT 1 ${listeners}`)).rowCount;
    try {
      for (let i = 1; i <= 20; i++) {
        if (i === 5 || i === 12) {
          await expect.poll(listenerCount).toBe(1); // back from the previous kill
          await admin.query(`SELECT pg_terminate_backend(pid) ${listeners}`);
        }
        await addComment(claim.id, { body: `Note ${i}` }, checker);
      }
      const logged = await loggedIds(articleId, start);
      expect(logged).toHaveLength(21);
      await expect.poll(() => events(stream.messages).length, { timeout: 20_000 }).toBe(21);
      expect(events(stream.messages).map((m) => m.id)).toEqual(logged);
      await expect.poll(listenerCount).toBe(1);
    } finally {
      await admin.end();
      stream.close();
    }
  });
});
