import { describe, expect, it } from "vitest";
import { sseParser, type ParsedSseEvent } from "@/lib/testing/sse-parser";

describe("sseParser", () => {
  it("reads events split anywhere across chunks, keeps the last id, counts comments", () => {
    const events: ParsedSseEvent[] = [];
    let comments = 0;
    const parse = sseParser(
      (event) => events.push(event),
      () => comments++,
    );
    for (const chunk of [
      "retry: 2000\n\nid: 7\nev",
      'ent: claim.created\ndata: {"a"',
      ":1}\n\n: ping\n\n",
      "data: x\r\ndata: y\r\n\r\n",
    ]) {
      parse(chunk);
    }
    expect(events).toEqual([
      { id: "7", event: "claim.created", data: '{"a":1}' },
      { id: "7", event: "message", data: "x\ny" },
    ]);
    expect(comments).toBe(1);
  });
});
