import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newTabId } from "@/lib/presence/tab-id";

const isUuid = (value: string) => z.uuid().safeParse(value).success;

describe("newTabId", () => {
  it("is a UUID the presence API accepts", () => {
    expect(isUuid(newTabId())).toBe(true);
  });

  it("builds a version-4 UUID where randomUUID is missing (plain HTTP)", () => {
    const id = newTabId({ getRandomValues: (bytes: Uint8Array) => crypto.getRandomValues(bytes) });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUuid(id)).toBe(true);
  });

  it("differs from tab to tab", () => {
    expect(newTabId()).not.toBe(newTabId());
  });
});
