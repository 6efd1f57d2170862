// Reading notifications on a real PostgreSQL: each person lists and marks only their own, and the
// notification.created event reaches its recipient's stream alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/server/comments/add-comment";
import { listNotifications } from "@/server/notifications/list-notifications";
import { markNotificationsRead } from "@/server/notifications/mark-read";
import { deskEventStream } from "@/server/live/event-stream";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { readSse } from "@/server/testing/sse-reader";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

const BODY = "The mayor said taxes fell by 40 percent last year. Critics disagree. The bridge cost twice its budget.";
let checker: Actor, erin: Actor, editor: Actor;
const open: AbortController[] = [];

beforeAll(async () => {
  [checker, erin, editor] = await Promise.all([
    makeActor("CHECKER", "Casey Checker"),
    makeActor("EDITOR", "Erin Editor"),
    makeActor("EDITOR", "Eli Reviewer"),
  ]);
});
afterAll(() => open.forEach((c) => c.abort()));

async function claimOf(creator: Actor) {
  const article = await createArticle(db, { createdById: creator.id, body: BODY });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote: "taxes fell by 40 percent last year",
    userId: creator.id,
  });
  return { articleId: article.id, claimId: claim.id, number: claim.number };
}

describe("GET and POST /api/me/notifications", () => {
  it("lists only one's own, newest first, with the message, the claim's address and the unread count", async () => {
    const reader = await makeActor("CHECKER", "Rita Reader");
    const other = await makeActor("CHECKER", "Otto Other");
    const first = await claimOf(checker);
    const second = await claimOf(checker);
    await addComment(first.claimId, { body: "@Rita Reader @Otto Other see this" }, erin);
    await addComment(second.claimId, { body: "@Rita Reader and this" }, editor);

    const list = await listNotifications({}, reader);
    expect(list.unread).toBe(2);
    expect(list.notifications).toHaveLength(2);
    const [newest, older] = list.notifications;
    expect(newest).toMatchObject({
      kind: "MENTIONED",
      readAt: null,
      actor: { id: editor.id, name: "Eli Reviewer" },
      claim: { id: second.claimId, number: second.number, exact: "taxes fell by 40 percent last year" },
      article: { id: second.articleId },
      href: `/articles/${second.articleId}?claim=${second.number}`,
      message: `Eli Reviewer mentioned you on claim ${second.number}`,
    });
    expect(older!.claim.id).toBe(first.claimId);
    const firstPage = await listNotifications({ limit: "1" }, reader);
    expect(firstPage.notifications.map((n) => n.id)).toEqual([newest!.id]);
    const secondPage = await listNotifications({ limit: "1", cursor: firstPage.nextCursor! }, reader);
    expect(secondPage.notifications.map((n) => n.id)).toEqual([older!.id]);
    expect(secondPage.nextCursor).toBeNull();
    expect(list.nextCursor).toBeNull();
    expect((await rejection(listNotifications({ cursor: "edited" }, reader))).fields!.cursor).toHaveLength(1);
    expect((await rejection(listNotifications({ before: newest!.id }, reader))).fields!.before).toEqual([
      "Notifications page by cursor: pass the previous page's nextCursor as cursor.",
    ]);
    expect((await listNotifications({}, other)).notifications).toHaveLength(1);
    const invalid = await rejection(listNotifications({ limit: "500" }, reader));
    expect(invalid).toMatchObject({ code: "VALIDATION", fields: { limit: ["At most 100 per page."] } });
  });

  it("marks one or all read, touching only the reader's own", async () => {
    const reader = await makeActor("CHECKER", "Mara Marker");
    const other = await makeActor("CHECKER", "Olaf Onlooker");
    for (let i = 0; i < 3; i++) {
      const { claimId } = await claimOf(checker);
      await addComment(claimId, { body: "@Mara Marker @Olaf Onlooker" }, erin);
    }
    const mine = (await listNotifications({}, reader)).notifications;
    const theirs = (await listNotifications({}, other)).notifications;

    expect(await markNotificationsRead({ ids: [mine[0]!.id, theirs[0]!.id] }, reader)).toEqual({ unread: 2 });
    expect((await listNotifications({ unread: "1" }, reader)).notifications.map((n) => n.id)).toEqual(
      mine.slice(1).map((n) => n.id),
    );
    expect((await listNotifications({}, other)).unread).toBe(3);

    expect(await markNotificationsRead({ all: true }, reader)).toEqual({ unread: 0 });
    expect((await listNotifications({}, other)).unread).toBe(3);
    expect((await rejection(markNotificationsRead({ ids: [] }, reader))).code).toBe("VALIDATION");
    expect((await rejection(markNotificationsRead({ all: false }, reader))).code).toBe("VALIDATION");
    expect((await rejection(markNotificationsRead("all", reader))).code).toBe("VALIDATION");
  });
});

describe("the notification.created event", () => {
  it("reaches the recipient's stream alone, with their unread count", async () => {
    const recipient = await makeActor("CHECKER", "Nina Notified");
    const bystander = await makeActor("CHECKER", "Bo Bystander");
    const subscribe = (reader: Actor) => {
      const controller = new AbortController();
      open.push(controller);
      const request = new Request("http://desk.test/api/events", { signal: controller.signal });
      return readSse(deskEventStream(request, { articleId: null, readerId: reader.id }));
    };
    const theirs = subscribe(recipient);
    const other = subscribe(bystander);
    await expect.poll(() => theirs.messages[0]?.event).toBe("ready");
    await expect.poll(() => other.messages[0]?.event).toBe("ready");

    const { claimId } = await claimOf(checker);
    await addComment(claimId, { body: "@Nina Notified have a look" }, checker);
    await expect
      .poll(() => theirs.messages.filter((m) => m.event === "notification.created"))
      .toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ claimId, data: { userId: recipient.id, kind: "mentioned" }, unread: 1 }),
        }),
      ]);
    // The comment's own event reaches both streams after it: by then the bystander has had its chance.
    await expect.poll(() => other.messages.some((m) => m.event === "comment.added")).toBe(true);
    expect(other.messages.filter((m) => m.event.startsWith("notification."))).toEqual([]);
  });
});
