// Entry of a parse worker thread (started by parse-pool.ts): runs one ParseJob per message.
// AppErrors cross back as their fields, anything else as a message, and the pool rebuilds them.
// "ready" goes first, once every parser is loaded (jsdom alone takes seconds on a busy machine),
// so that a job's time limit counts the job only.
import { parentPort } from "node:worker_threads";
import { AppError } from "@/server/errors";
import { runParseJob, type ParseJob } from "@/server/workers/parse-jobs";

export type WorkerReply =
  | { ready: true }
  | { ok: true; value: unknown }
  | { ok: false; appError?: { code: AppError["code"]; message: string; fields?: AppError["fields"] }; message: string };

parentPort!.on("message", async (job: ParseJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, value: await runParseJob(job) };
  } catch (error) {
    reply =
      error instanceof AppError
        ? {
            ok: false,
            appError: { code: error.code, message: error.message, fields: error.fields },
            message: error.message,
          }
        : { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage({ ready: true } satisfies WorkerReply);
