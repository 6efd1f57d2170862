// Preloaded into the bench's instances (NODE_OPTIONS="--expose-gc --import …"): on SIGUSR2 the
// process collects garbage and writes its memory use to $BENCH_MEMORY_PROBE_DIR/<pid>.json, so the
// bench compares live memory, not RSS, which swings with whatever garbage the last requests left.
// Bench only: nothing in the app loads this.
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.env.BENCH_MEMORY_PROBE_DIR;
if (dir && typeof globalThis.gc === "function") {
  // Next's CLI process does not load this (it starts the server as a child without our options):
  // the marker tells the bench which processes may be signalled, since SIGUSR2 kills the others.
  writeFileSync(path.join(dir, `${process.pid}.ready`), "");
  process.on("SIGUSR2", () => {
    // Twice: the first pass runs finalizers that free more on the second.
    globalThis.gc();
    globalThis.gc();
    const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
    const file = path.join(dir, `${process.pid}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify({ heapUsed, external, arrayBuffers, rss, at: Date.now() }));
    renameSync(`${file}.tmp`, file);
  });
}
