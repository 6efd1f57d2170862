import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, notificationMessage, unreadLabel } from "@/lib/notifications/message";

const erin = { name: "Erin Editor" };
const claim = { number: 4 };

describe("notificationMessage", () => {
  it("says who did what to which claim, for every kind", () => {
    const messages = NOTIFICATION_KINDS.map((kind) => notificationMessage({ kind, actor: erin, claim, data: {} }));
    expect(messages).toEqual([
      "Erin Editor mentioned you on claim 4",
      "Erin Editor assigned claim 4 to you",
      "Erin Editor approved claim 4",
      "Erin Editor sent claim 4 back for changes",
      "A new revision of the article changed the words of claim 4",
    ]);
  });

  it("names the revision when the data carries it", () => {
    const message = notificationMessage({ kind: "REVISION_CHANGED", actor: erin, claim, data: { revision: 3 } });
    expect(message).toBe("Revision 3 of the article changed the words of claim 4");
  });

  it("says Someone when the actor's account is gone", () => {
    expect(notificationMessage({ kind: "APPROVED", actor: null, claim: { number: 12 }, data: {} })).toBe(
      "Someone approved claim 12",
    );
  });
});

describe("unreadLabel", () => {
  it("puts the count in words", () => {
    expect(unreadLabel(0)).toBe("Notifications, none unread");
    expect(unreadLabel(1)).toBe("Notifications, 1 unread");
    expect(unreadLabel(37)).toBe("Notifications, 37 unread");
  });
});
