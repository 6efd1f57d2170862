import "server-only";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/server/errors";
import type { ParseJob, ParseResult } from "@/server/workers/parse-jobs";
import type { WorkerReply } from "@/server/workers/parse-worker";

/** A job that runs longer is stopped (its worker terminated) and the article refused with 422. */
export const PARSE_TIME_LIMIT_MS = 15_000;
/** A worker's JavaScript heap; a job that needs more is stopped like a slow one. */
export const PARSE_MEMORY_LIMIT_MB = 512;
/** One core stays free for the requests the parsing must not stall. */
export const PARSE_POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism() - 1));
/** Jobs waiting for a worker; beyond it the request is refused with 503 rather than queued. */
export const PARSE_QUEUE_LIMIT = 16;
// Starting a worker costs seconds (tsx compiles, jsdom loads), so an idle one waits a while.
const IDLE_MS = 5 * 60_000;

// Loaded by path at run time, not bundled: Next never sees this file (nothing imports it), and tsx
// compiles it and resolves the "@/…" paths, under `next dev`, `next start` and vitest alike.
const WORKER_ENTRY = path.join(process.cwd(), "server", "workers", "parse-worker.ts");

type Task = { job: ParseJob; resolve: (value: unknown) => void; reject: (error: unknown) => void };

const tooComplex = () =>
  new AppError("UNPROCESSABLE", "This article is too complex to process.", {
    body: ["This article is too complex to process. Simplify its markup (fewer nested elements) or split it."],
  });

/**
 * Runs the parsing of one submitted article on a worker thread, so that no input, however
 * hostile, blocks the event loop. Workers are per process, started on demand and stopped when
 * idle; nothing that matters lives in them.
 */
export function runInParseWorker<J extends ParseJob>(job: J): Promise<ParseResult<J>> {
  return pool.run(job) as Promise<ParseResult<J>>;
}

class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Task[] = [];
  private running = 0;

  run(job: ParseJob): Promise<unknown> {
    if (this.queue.length >= PARSE_QUEUE_LIMIT) {
      const message = "The desk is busy reading other articles. Try again in a minute.";
      return Promise.reject(new AppError("SERVICE_UNAVAILABLE", message, { body: [message] }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.running < PARSE_POOL_SIZE)) {
      this.start(this.idle.pop() ?? spawnWorker(), this.queue.shift()!);
    }
  }

  private start(worker: Worker, task: Task): void {
    this.running += 1;
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
    worker.ref();
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (reusable: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      this.running -= 1;
      if (reusable) this.park(worker);
      else void worker.terminate();
      settle();
      this.drain();
    };
    const post = () => {
      timer = setTimeout(() => finish(false, () => task.reject(tooComplex())), PARSE_TIME_LIMIT_MS);
      worker.postMessage(task.job);
    };
    const onMessage = (reply: WorkerReply) => {
      if ("ready" in reply) {
        ready.add(worker);
        return post();
      }
      finish(true, () => (reply.ok ? task.resolve(reply.value) : task.reject(errorFromReply(reply))));
    };
    const onError = (error: Error & { code?: string }) =>
      finish(false, () => task.reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : error));
    const onExit = (code: number) =>
      finish(false, () => task.reject(new Error(`A parse worker exited with code ${code} during a job.`)));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    if (ready.has(worker)) post();
  }

  private park(worker: Worker): void {
    worker.unref();
    this.idle.push(worker);
    const timer = setTimeout(() => {
      this.idleTimers.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }
}

// Workers that have loaded their parsers; a new one says so in its first message.
const ready = new WeakSet<Worker>();

function spawnWorker(): Worker {
  return new Worker(WORKER_ENTRY, {
    execArgv: ["--require", "tsx/cjs"],
    resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_LIMIT_MB },
  });
}

function errorFromReply(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.appError) return new AppError(reply.appError.code, reply.appError.message, reply.appError.fields);
  // A parser that still recursed too deep is a limit reached, not a bug of ours to report as 500.
  if (reply.message.startsWith("RangeError: Maximum call stack")) return tooComplex();
  return new Error(`A parse worker failed: ${reply.message}`);
}

// One pool per server process, kept across hot reloads in development.
const globalForPool = globalThis as unknown as { factdeskParsePool?: ParsePool };
const pool = (globalForPool.factdeskParsePool ??= new ParsePool());
