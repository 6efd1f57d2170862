import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { subscribeEventStream, type StreamSubscriber } from "@/components/live/shared-event-source";

// A stand-in for the browser's EventSource: the tests play the server's messages into it.
class FakeEventSource {
  static CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((m: { data: string; lastEventId: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (m: { data: string; lastEventId: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, id: string) {
    const data = JSON.stringify({ id, articleId: "a", type, claimId: null, actor: null, data: {}, at: "" });
    for (const listener of this.listeners.get(type) ?? []) listener({ data, lastEventId: id });
  }
  get open() {
    return this.readyState !== FakeEventSource.CLOSED;
  }
}

function recorder() {
  const got: string[] = [];
  const subscriber: StreamSubscriber = { onEvent: (_e, id) => got.push(id), onCursor: () => {}, onStatus: () => {} };
  return { got, subscriber };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const openSources = () => FakeEventSource.opened.filter((s) => s.open);

beforeEach(() => {
  FakeEventSource.opened = [];
  (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
});
const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));

describe("subscribeEventStream", () => {
  it("shares one connection, opened from the oldest cursor of the components mounted together", async () => {
    const bell = recorder();
    const list = recorder();
    unsubscribers.push(subscribeEventStream("/api/events", null, bell.subscriber));
    unsubscribers.push(subscribeEventStream("/api/events", "10", list.subscriber));
    await flush();
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(["/api/events?lastEventId=10"]);
    FakeEventSource.opened[0]!.emit("claim.created", "11");
    expect(bell.got).toEqual(["11"]);
    expect(list.got).toEqual(["11"]);
  });

  it("catches a later subscriber up from the buffer, each event once", async () => {
    const first = recorder();
    unsubscribers.push(subscribeEventStream("/api/events", null, first.subscriber));
    await flush();
    const source = FakeEventSource.opened[0]!;
    source.emit("ready", "5");
    source.emit("claim.created", "6");
    source.emit("claim.updated", "7");
    const later = recorder();
    unsubscribers.push(subscribeEventStream("/api/events", "6", later.subscriber));
    source.emit("comment.added", "8");
    expect(later.got).toEqual(["7", "8"]);
    expect(first.got).toEqual(["6", "7", "8"]);
    expect(openSources()).toHaveLength(1);
  });

  it("starts again from a cursor older than the connection, without repeating events to the others", async () => {
    const first = recorder();
    unsubscribers.push(subscribeEventStream("/api/events", null, first.subscriber));
    await flush();
    FakeEventSource.opened[0]!.emit("ready", "20");
    FakeEventSource.opened[0]!.emit("claim.created", "21");
    const older = recorder();
    unsubscribers.push(subscribeEventStream("/api/events", "15", older.subscriber));
    expect(openSources().map((s) => s.url)).toEqual(["/api/events?lastEventId=15"]);
    const replay = openSources()[0]!;
    for (const id of ["16", "21", "22"]) replay.emit("claim.updated", id);
    expect(older.got).toEqual(["16", "21", "22"]);
    expect(first.got).toEqual(["21", "22"]);
  });

  it("keeps separate addresses apart and closes a connection when its last subscriber leaves", async () => {
    const a = subscribeEventStream("/api/events", null, recorder().subscriber);
    const b = subscribeEventStream("/api/articles/x/events", null, recorder().subscriber);
    await flush();
    expect(openSources()).toHaveLength(2);
    a();
    b();
    expect(openSources()).toHaveLength(0);
  });
});
