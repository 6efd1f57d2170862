import "server-only";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { DeskEventHub } from "@/server/live/desk-event-hub";
import type { RunQuery } from "@/server/live/desk-events";

// One hub, and so one listening connection, per process, kept on globalThis so dev hot reloads
// do not open another. It starts on the first subscriber, not at import (`next build` imports
// route modules without a database).
const globalForHub = globalThis as unknown as { factdeskDeskEventHub?: DeskEventHub };

export const runOnPool: RunQuery = (sql, params) => db.$queryRawUnsafe(sql, ...params);

export function deskEventHub(): DeskEventHub {
  if (!globalForHub.factdeskDeskEventHub) {
    const { DATABASE_LISTEN_URL, DATABASE_URL } = env();
    // The embedded database serves one backend to every client, so a notification reaches
    // whichever connection happens to run a query: there the hub reads the log on a timer.
    globalForHub.factdeskDeskEventHub = new DeskEventHub(
      DATABASE_LISTEN_URL === "poll"
        ? { kind: "poll", run: runOnPool }
        : { kind: "listen", connectionString: DATABASE_LISTEN_URL ?? DATABASE_URL },
    );
  }
  return globalForHub.factdeskDeskEventHub;
}
