import pg from "pg";
import {
  DESK_EVENTS_CHANNEL,
  DESK_EVENTS_PAGE,
  latestDeskEventId,
  readDeskEvents,
  type DeskEventRow,
  type RunQuery,
} from "@/server/live/desk-events";

export type DeskEventSubscriber = (event: DeskEventRow) => void;

/** How the hub learns of new events: a LISTEN connection, or reading the log on a timer. */
export type HubSource =
  { kind: "listen"; connectionString: string } | { kind: "poll"; run: RunQuery; everyMs?: number };

/** Lets pg_terminate_backend in tests and operators find the listener among the backends. */
export const LISTENER_APPLICATION_NAME = "factdesk-listener";
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * One per process: fans the DeskEvent log out to the streams open in this process. A
 * notification carries ids only and merely says "read the log": the hub reads every row after
 * the last one it dispatched, so a notification lost while the connection was down costs
 * nothing; after reconnecting (with backoff) it reads what it missed and goes on in id order.
 */
export class DeskEventHub {
  private readonly byArticle = new Map<string, Set<DeskEventSubscriber>>();
  private readonly everything = new Set<DeskEventSubscriber>();
  private cursor: number | null = null;
  private started: Promise<void> | undefined;
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private stopped = false;

  constructor(private readonly source: HubSource) {}

  /**
   * Calls `subscriber` with each event of `articleId` (null: of every article) committed from now
   * on. Resolves once the hub has its place in the log, so a caller that reads the log after
   * this resolves misses nothing between its read and the live events.
   */
  async subscribe(articleId: string | null, subscriber: DeskEventSubscriber): Promise<() => void> {
    const set = articleId === null ? this.everything : this.setFor(articleId);
    set.add(subscriber);
    await (this.started ??= this.start());
    return () => {
      set.delete(subscriber);
      if (articleId !== null && set.size === 0) this.byArticle.delete(articleId);
    };
  }

  get subscriberCount(): number {
    let n = this.everything.size;
    for (const set of this.byArticle.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private setFor(articleId: string): Set<DeskEventSubscriber> {
    let set = this.byArticle.get(articleId);
    if (!set) this.byArticle.set(articleId, (set = new Set()));
    return set;
  }

  private start(): Promise<void> {
    if (this.source.kind === "poll") {
      const { run, everyMs = 500 } = this.source;
      return latestDeskEventId(run).then((id) => {
        this.cursor = id;
        const tick = () => {
          if (this.stopped) return;
          void this.read(run).finally(() => (this.timer = setTimeout(tick, everyMs).unref()));
        };
        tick();
      });
    }
    return new Promise((resolve) => this.connect(resolve));
  }

  private connect(onFirstConnect: () => void): void {
    if (this.stopped) return;
    const source = this.source as Extract<HubSource, { kind: "listen" }>;
    const client = new pg.Client({
      connectionString: source.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
    });
    const run: RunQuery = async (sql, params) => (await client.query(sql, params)).rows;
    const lost = (error?: unknown) => {
      if (this.client !== client && this.client !== null) return;
      if (this.client === client) this.client = null;
      client.removeAllListeners();
      client.on("error", () => {}); // a dead connection may still report; nothing to do with it
      void client.end().catch(() => {});
      if (this.stopped) return;
      if (error)
        console.warn(`Live updates: listener connection lost (${(error as Error).message ?? error}); reconnecting`);
      this.timer = setTimeout(() => this.connect(onFirstConnect), this.nextRetry()).unref();
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", () => void this.read(run));
    client
      .connect()
      .then(() => client.query(`LISTEN ${DESK_EVENTS_CHANNEL}`))
      .then(async () => {
        this.cursor ??= await latestDeskEventId(run);
        this.client = client;
        this.retryMs = FIRST_RETRY_MS;
        onFirstConnect();
        await this.read(run); // what was committed while the connection was down
      })
      .catch(lost);
  }

  private nextRetry(): number {
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    return wait / 2 + Math.random() * (wait / 2); // jitter: instances do not all return at once
  }

  /** Reads and dispatches everything after the cursor; concurrent calls coalesce into one more pass. */
  private read(run: RunQuery): Promise<void> {
    if (this.cursor === null) return Promise.resolve(); // a notification before the first cursor read
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          let page: DeskEventRow[];
          do {
            page = await readDeskEvents(run, { after: this.cursor!, articleId: null });
            for (const event of page) {
              this.cursor = event.id;
              this.dispatch(event);
            }
          } while (page.length === DESK_EVENTS_PAGE);
        } while (this.readAgain);
      } catch (error) {
        // The connection's own error handler reconnects; the next pass resumes at the cursor.
        if (this.source.kind === "poll") console.warn("Live updates: could not read the event log", error);
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  private dispatch(event: DeskEventRow): void {
    const subscribers = [...this.everything, ...(this.byArticle.get(event.articleId) ?? [])];
    for (const subscriber of subscribers) {
      try {
        subscriber(event);
      } catch (error) {
        console.error("Live updates: a subscriber failed", error);
      }
    }
  }
}
