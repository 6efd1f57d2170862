// Presence on a real PostgreSQL: which changes become a presence.changed desk event (only what
// others can see), who may touch a tab, and how a tab that goes silent is let go.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";
import { readDeskEvents } from "@/server/live/desk-events";
import { deskEventPayload } from "@/server/live/event-payload";
import { deskEventStream } from "@/server/live/event-stream";
import { runOnPool } from "@/server/live/live-hub";
import { leavePresence } from "@/server/presence/leave-presence";
import { listPresence } from "@/server/presence/read-presence";
import { leaveWhenStreamCloses } from "@/server/presence/stream-presence";
import { sweepStalePresence } from "@/server/presence/sweep-presence";
import { updatePresence } from "@/server/presence/update-presence";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";
let erin: Actor, casey: Actor;
const streams: AbortController[] = [];

beforeAll(async () => {
  [erin, casey] = await Promise.all([makeActor("EDITOR", "Erin Editor"), makeActor("CHECKER", "Casey Checker")]);
});
afterAll(() => streams.forEach((s) => s.abort()));

async function newArticle() {
  const { id } = await createArticle(db, { createdById: casey.id, body: BODY });
  const claim = await createClaimOnQuote(db, { articleId: id, quote: "Critics disagree", userId: casey.id });
  return { articleId: id, claim };
}
const presenceEvents = async (articleId: string) =>
  (await readDeskEvents(runOnPool, { after: 0, articleId })).filter((e) => e.type === "presence.changed");
const eventCount = async (articleId: string) => (await presenceEvents(articleId)).length;
const names = async (articleId: string) => (await listPresence(articleId, erin)).map((p) => p.user.name);

describe("presence on an article", () => {
  it("turns a join, a claim change and a leave into one event each, and a heartbeat into none", async () => {
    const { articleId, claim } = await newArticle();
    const tabId = randomUUID();

    await updatePresence(articleId, { tabId, claimId: null }, erin);
    expect(await eventCount(articleId)).toBe(1);
    await updatePresence(articleId, { tabId, claimId: null }, erin);
    expect(await eventCount(articleId)).toBe(1);

    const list = await updatePresence(articleId, { tabId, claimId: claim.id }, erin);
    expect(list).toEqual([
      { user: { id: erin.id, name: "Erin Editor", initials: "EE" }, claimId: claim.id, claimNumber: claim.number },
    ]);
    expect(await eventCount(articleId)).toBe(2);

    await leavePresence(articleId, { tabId }, erin);
    expect(await names(articleId)).toEqual([]);
    const events = await presenceEvents(articleId);
    expect(events).toHaveLength(3);
    expect(events.map((e) => [e.actor?.name, e.claimId, e.data])).toEqual([
      ["Erin Editor", null, {}],
      ["Erin Editor", null, {}],
      ["Erin Editor", null, {}],
    ]);
  });

  it("counts a person once across tabs, and lists everyone by name", async () => {
    const { articleId } = await newArticle();
    const [first, second] = [randomUUID(), randomUUID()];
    await updatePresence(articleId, { tabId: first }, erin);
    await updatePresence(articleId, { tabId: second }, erin);
    expect(await eventCount(articleId)).toBe(1);
    await updatePresence(articleId, { tabId: randomUUID() }, casey);
    expect(await names(articleId)).toEqual(["Casey Checker", "Erin Editor"]);

    await leavePresence(articleId, { tabId: first }, erin);
    expect(await names(articleId)).toEqual(["Casey Checker", "Erin Editor"]);
    expect(await eventCount(articleId)).toBe(2);
  });

  it("sends the people on the article with each presence.changed event", async () => {
    const { articleId, claim } = await newArticle();
    await updatePresence(articleId, { tabId: randomUUID(), claimId: claim.id }, casey);
    const [event] = await presenceEvents(articleId);
    expect((await deskEventPayload(event!)).presence).toEqual([
      { user: { id: casey.id, name: "Casey Checker", initials: "CC" }, claimId: claim.id, claimNumber: claim.number },
    ]);
  });

  it("does not let one user take over or close another's tab", async () => {
    const { articleId } = await newArticle();
    const tabId = randomUUID();
    await updatePresence(articleId, { tabId }, erin);

    expect(await rejection(updatePresence(articleId, { tabId }, casey))).toMatchObject({ code: "CONFLICT" });
    await leavePresence(articleId, { tabId }, casey);
    expect(await names(articleId)).toEqual(["Erin Editor"]);
    expect(await eventCount(articleId)).toBe(1);
  });

  it("refuses a malformed tab id, a claim of another article and an unknown article", async () => {
    const { articleId } = await newArticle();
    const elsewhere = await newArticle();

    expect(await rejection(updatePresence(articleId, { tabId: "tab-1" }, erin))).toMatchObject({ name: "ZodError" });
    expect(
      await rejection(updatePresence(articleId, { tabId: randomUUID(), claimId: elsewhere.claim.id }, erin)),
    ).toMatchObject({ code: "UNPROCESSABLE", fields: { claimId: [expect.stringContaining("No claim")] } });
    expect(await rejection(updatePresence("no-such-article", { tabId: randomUUID() }, erin))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await rejection(listPresence("no-such-article", erin))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(leavePresence("no-such-article", { tabId: randomUUID() }, erin))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await eventCount(articleId)).toBe(0);
  });

  it("leaves out a tab that stopped sending heartbeats; the sweep removes it and says so", async () => {
    const { articleId } = await newArticle();
    await updatePresence(articleId, { tabId: randomUUID() }, erin);
    await updatePresence(articleId, { tabId: randomUUID() }, casey);
    await db.$executeRaw`UPDATE "ArticlePresence" SET "seenAt" = "seenAt" - interval '1 minute'
      WHERE "articleId" = ${articleId} AND "userId" = ${erin.id}`;

    expect(await names(articleId)).toEqual(["Casey Checker"]);
    const before = await eventCount(articleId);
    await sweepStalePresence();
    expect(await db.articlePresence.count({ where: { articleId, userId: erin.id } })).toBe(0);
    expect(await eventCount(articleId)).toBe(before + 1);
    expect(await names(articleId)).toEqual(["Casey Checker"]);
  });

  it("lets a tab go when its event stream closes", async () => {
    const { articleId } = await newArticle();
    const tabId = randomUUID();
    await updatePresence(articleId, { tabId }, erin);
    const controller = new AbortController();
    streams.push(controller);
    const request = new Request(`http://desk.test/api/articles/${articleId}/events?tab=${tabId}`, {
      signal: controller.signal,
    });
    const onClose = leaveWhenStreamCloses(request, articleId, erin.id);
    const response = deskEventStream(request, { articleId, readerId: erin.id, onClose });
    const reading = response.body!.getReader().read();

    controller.abort();
    await reading.catch(() => undefined);
    await expect.poll(() => names(articleId)).toEqual([]);
    await expect.poll(() => eventCount(articleId)).toBe(2);
  });

  it("writes nothing to the audit log", async () => {
    const { articleId, claim } = await newArticle();
    const audit = () => db.claimEvent.count({ where: { articleId } });
    const before = await audit();
    const tabId = randomUUID();
    await updatePresence(articleId, { tabId, claimId: claim.id }, erin);
    await leavePresence(articleId, { tabId }, erin);
    expect(await audit()).toBe(before);
  });
});
