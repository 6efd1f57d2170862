import "server-only";
import { DESK_EVENTS_PAGE, latestDeskEventId, readDeskEvents, type DeskEventRow } from "@/server/live/desk-events";
import { deskEventPayload } from "@/server/live/event-payload";
import { isForReader } from "@/server/live/event-visibility";
import { deskEventHub, runOnPool } from "@/server/live/live-hub";
import { HEARTBEAT_MS, lastEventId, SSE_HEADERS, SSE_PING, SSE_RETRY, sseMessage } from "@/server/live/sse-format";

export interface DeskEventStreamOptions {
  /** One article's events, or (null) every article's. */
  articleId: string | null;
  /** The signed-in reader: events meant for one person (notification.*) reach only them. */
  readerId: string;
  /** Called once when the stream ends, whichever side ends it. */
  onClose?: () => void;
}

/**
 * A Server-Sent Events response with the desk events of one article (articleId null: of all).
 * With a Last-Event-ID it first sends everything after it from the log, then live events; without
 * one it starts at the newest id with a `ready` message, so the client has a cursor either way.
 * A stream holds no database connection of its own: live events come from the process's hub.
 */
export function deskEventStream(request: Request, { articleId, readerId, onClose }: DeskEventStreamOptions): Response {
  const encoder = new TextEncoder();
  const after = lastEventId(request);
  let lastSent = 0;
  let closed = false;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  // Live events that arrive while the log is being read wait here, then go through the same
  // "newer than the last one sent" check, so the seam has neither a gap nor a duplicate.
  let waiting: DeskEventRow[] | null = [];
  let sending: Promise<void> = Promise.resolve();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = async (event: DeskEventRow) => {
        if (closed || event.id <= lastSent) return;
        lastSent = event.id;
        if (!isForReader(event, readerId)) return;
        write(sseMessage(event.id, event.type, await deskEventPayload(event)));
      };
      const queue = (event: DeskEventRow) => {
        if (waiting) waiting.push(event);
        else sending = sending.then(() => send(event)).catch(fail);
      };
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe?.();
        onClose?.();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const fail = (error: unknown) => {
        console.error("Live updates: a stream failed", error);
        close();
      };
      request.signal.addEventListener("abort", close, { once: true });
      cleanup = close;

      write(SSE_RETRY);
      heartbeat = setInterval(() => write(SSE_PING), HEARTBEAT_MS);
      heartbeat.unref();
      void (async () => {
        unsubscribe = await deskEventHub().subscribe(articleId, queue);
        if (closed) return unsubscribe();
        if (after === null) {
          lastSent = await latestDeskEventId(runOnPool);
          write(sseMessage(lastSent, "ready", { id: lastSent }));
        } else {
          lastSent = after;
          let page: DeskEventRow[];
          do {
            page = await readDeskEvents(runOnPool, { after: lastSent, articleId });
            for (const event of page) await send(event);
          } while (page.length === DESK_EVENTS_PAGE && !closed);
        }
        const pending = waiting ?? [];
        waiting = null; // from here on live events queue behind the ones that waited
        sending = sending.then(async () => {
          for (const event of pending) await send(event);
        });
        await sending;
      })().catch(fail);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
