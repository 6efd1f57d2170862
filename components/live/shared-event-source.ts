// One EventSource per stream address per tab, shared by every component that listens to it (the
// header's bell and a list's refresher both read /api/events): browsers allow few connections to
// one host over HTTP/1.1, and each open stream holds one. Each subscriber keeps its own cursor, so
// it receives each event after the position its data was read at exactly once.
import {
  DESK_EVENT_TYPES,
  READY_EVENT,
  isAfter,
  parseDeskEvent,
  type DeskEventMessage,
} from "@/components/live/desk-event";

export type StreamStatus = "connecting" | "live" | "reconnecting";

export interface StreamSubscriber {
  onEvent: (event: DeskEventMessage, id: string) => void;
  /** The subscriber's cursor moved without an event for it (the stream's `ready` position). */
  onCursor: (id: string) => void;
  onStatus: (status: StreamStatus) => void;
}

interface Subscription extends StreamSubscriber {
  cursor: string | null;
}

const MAX_RETRY_MS = 30_000;
// Recent events, so a component that subscribes later with an older cursor (a page rendered a
// moment ago) is caught up without a second connection.
const BUFFER = 500;
const streams = new Map<string, SharedStream>();

/** Listens to `url` from `since` (null: from now); returns the unsubscribe function. */
export function subscribeEventStream(url: string, since: string | null, subscriber: StreamSubscriber): () => void {
  let stream = streams.get(url);
  if (!stream) {
    stream = new SharedStream(url);
    streams.set(url, stream);
  }
  return stream.add({ ...subscriber, cursor: since });
}

class SharedStream {
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private pending = false;
  private status: StreamStatus = "connecting";
  private readonly subscriptions = new Set<Subscription>();
  /** The newest id this connection has seen. */
  private cursor: string | null = null;
  /** Every event after `floor` is in `buffer` (null: the connection has not said where it starts). */
  private floor: string | null = null;
  private buffer: { id: string; event: DeskEventMessage }[] = [];

  constructor(private readonly url: string) {}

  add(subscription: Subscription): () => void {
    this.subscriptions.add(subscription);
    subscription.onStatus(this.status);
    if (this.pending) {
      // Components mounted together subscribe together: one connection from the oldest cursor.
      if (subscription.cursor !== null && (this.cursor === null || isAfter(this.cursor, subscription.cursor)))
        this.cursor = subscription.cursor;
    } else if (!this.source && this.timer === undefined) {
      this.cursor = subscription.cursor;
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        if (this.subscriptions.size > 0) this.connect();
      });
    } else if (subscription.cursor === null) {
      subscription.cursor = this.cursor;
      if (this.cursor) subscription.onCursor(this.cursor);
    } else if (this.floor !== null && !isAfter(this.floor, subscription.cursor)) {
      for (const { id, event } of this.buffer) this.deliver(subscription, id, event);
      if (this.cursor && isAfter(this.cursor, subscription.cursor)) {
        subscription.cursor = this.cursor;
        subscription.onCursor(this.cursor);
      }
    } else {
      // Older than anything this connection holds: start it again from there; the others skip
      // what they already had by their own cursors.
      this.cursor = subscription.cursor;
      this.restart();
    }
    return () => {
      this.subscriptions.delete(subscription);
      if (this.subscriptions.size === 0) this.close();
    };
  }

  private connect() {
    const from = this.cursor;
    this.floor = from;
    this.buffer = [];
    // "From now" is where this connection starts.
    for (const subscription of this.subscriptions) subscription.cursor ??= from;
    const query = this.url.includes("?") ? "&" : "?"; // an article stream may name its tab (?tab=)
    const source = new EventSource(from ? `${this.url}${query}lastEventId=${encodeURIComponent(from)}` : this.url);
    this.source = source;
    this.timer = undefined;
    source.onopen = () => {
      this.attempt = 0;
      this.setStatus("live");
    };
    source.onerror = () => {
      this.setStatus("reconnecting");
      // After a dropped connection EventSource reconnects by itself, sending Last-Event-ID. It
      // gives up on an answer that is not a stream (a proxy's 502, a restart's 503), so then a
      // new one starts from our cursor, less often the longer the server stays away.
      if (source.readyState !== EventSource.CLOSED) return;
      source.close();
      this.source = null;
      this.timer = setTimeout(() => this.connect(), Math.min(MAX_RETRY_MS, 2000 * 2 ** this.attempt++));
    };
    const receive = (message: MessageEvent<string>) => this.receive(message);
    for (const type of DESK_EVENT_TYPES) source.addEventListener(type, receive);
    source.addEventListener(READY_EVENT, (message: MessageEvent<string>) => this.ready(message.lastEventId));
  }

  private receive(message: MessageEvent<string>) {
    const event = parseDeskEvent(message.data);
    const id = message.lastEventId || event?.id;
    if (!event || !id) return;
    if (isAfter(id, this.cursor)) this.cursor = id;
    if (this.buffer.length === 0 || isAfter(id, this.buffer.at(-1)!.id)) {
      this.buffer.push({ id, event });
      if (this.buffer.length > BUFFER) this.floor = this.buffer.shift()!.id;
    }
    for (const subscription of this.subscriptions) this.deliver(subscription, id, event);
  }

  private ready(id: string) {
    if (!id) return;
    if (this.floor === null) this.floor = id;
    if (!isAfter(id, this.cursor)) return;
    this.cursor = id;
    for (const subscription of this.subscriptions) {
      if (!isAfter(id, subscription.cursor)) continue;
      subscription.cursor = id;
      subscription.onCursor(id);
    }
  }

  // The server skips what a reconnect already sent; this guards each subscriber all the same.
  private deliver(subscription: Subscription, id: string, event: DeskEventMessage) {
    if (!isAfter(id, subscription.cursor)) return;
    subscription.cursor = id;
    subscription.onEvent(event, id);
  }

  private setStatus(status: StreamStatus) {
    this.status = status;
    for (const subscription of this.subscriptions) subscription.onStatus(status);
  }

  private restart() {
    this.source?.close();
    this.source = null;
    clearTimeout(this.timer);
    this.setStatus("connecting");
    this.connect();
  }

  private close() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.source?.close();
    this.source = null;
    streams.delete(this.url);
  }
}
