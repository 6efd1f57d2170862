// The text of a Server-Sent Events stream (https://html.spec.whatwg.org/#server-sent-events).

/** Tells EventSource how long to wait before reconnecting, in milliseconds. */
export const SSE_RETRY = "retry: 2000\n\n";
/** A comment line: keeps proxies and load balancers from closing an idle stream. */
export const SSE_PING = ": ping\n\n";
export const HEARTBEAT_MS = 15_000;

/** One message; JSON never contains a raw newline, so `data` is always a single line. */
export function sseMessage(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const SSE_HEADERS = {
  "content-type": "text/event-stream",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
  connection: "keep-alive",
} as const;

/** The cursor a client sends back: EventSource's Last-Event-ID header, or ?lastEventId= for tests. */
export function lastEventId(request: Request): number | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}
