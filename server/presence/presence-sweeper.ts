import "server-only";
import { sweepStalePresence } from "@/server/presence/sweep-presence";

const SWEEP_EVERY_MS = 5_000;

// One timer per process, on globalThis so dev hot reloads do not start another. It starts with
// the first presence request or stream, not at import (`next build` imports routes without a
// database), and never keeps the process alive on its own.
const globalForSweeper = globalThis as unknown as { factdeskPresenceSweeper?: NodeJS.Timeout };

export function ensurePresenceSweeper(): void {
  if (globalForSweeper.factdeskPresenceSweeper) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow database: the next tick sweeps instead of piling up
    running = true;
    sweepStalePresence()
      .catch((error) => console.error("Presence: sweeping stale tabs failed", error))
      .finally(() => (running = false));
  }, SWEEP_EVERY_MS);
  timer.unref();
  globalForSweeper.factdeskPresenceSweeper = timer;
}
