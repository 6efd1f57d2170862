// A Server-Sent Events reader over fetch streaming, for tests and the bench: what a browser's
// EventSource does with the bytes (events, ids, comments), without reconnecting, so a test sees
// exactly what one connection delivered. No new package: Node's fetch streams the body.
import { sseParser } from "@/lib/testing/sse-parser";

export interface StreamEvent {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() when the event's blank line arrived, for the bench's latency figures. */
  receivedAt: number;
}

export interface EventStreamReader {
  response: Response;
  events: StreamEvent[];
  /** Comment lines (`: ping`) seen so far. */
  comments: number;
  /** Resolves with the first event (already received or yet to come) that `match` accepts. */
  next(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream or close() is called. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(
  url: string,
  options: { cookie?: string; lastEventId?: string; headers?: Record<string, string> } = {},
): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(url, {
    signal: abort.signal,
    headers: {
      Accept: "text/event-stream",
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.lastEventId ? { "Last-Event-ID": options.lastEventId } : {}),
      ...options.headers,
    },
  });
  if (!response.ok || !response.body) {
    throw new Error(`GET ${url}: ${response.status} ${await response.text().catch(() => "")}`);
  }
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  const reader: EventStreamReader = {
    response,
    events,
    comments: 0,
    ended: Promise.resolve(),
    close: () => abort.abort(),
    next: (match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < events.length; seen++) {
            if (match(events[seen]!)) {
              done();
              return resolve(events[seen]!);
            }
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`No matching event on ${url} within ${timeoutMs} ms (${events.length} received)`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
  const parser = sseParser(
    (event) => {
      events.push({ ...event, receivedAt: performance.now() });
      for (const waiter of [...waiters]) waiter();
    },
    () => reader.comments++,
  );
  reader.ended = (async () => {
    const decoder = new TextDecoder();
    const body = response.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        parser(decoder.decode(value, { stream: true }));
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  // An unobserved rejection must not crash the runner; whoever awaits `ended` still sees it.
  reader.ended.catch(() => undefined);
  return reader;
}
