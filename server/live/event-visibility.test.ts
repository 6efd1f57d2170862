import { describe, expect, it } from "vitest";
import { isForReader } from "@/server/live/event-visibility";

describe("isForReader", () => {
  it("lets every reader of an article see its claim, revision and publishing events", () => {
    for (const type of [
      "claim.created",
      "claim.updated",
      "revision.created",
      "article.published",
      "presence.changed",
    ]) {
      expect(isForReader({ type, data: {} }, "erin")).toBe(true);
    }
  });

  it("sends a notification to its recipient alone", () => {
    const event = { type: "notification.created", data: { userId: "erin", kind: "mentioned" } };
    expect(isForReader(event, "erin")).toBe(true);
    expect(isForReader(event, "casey")).toBe(false);
  });

  it("sends a notification without a recipient to no one", () => {
    expect(isForReader({ type: "notification.created", data: {} }, "erin")).toBe(false);
  });
});
