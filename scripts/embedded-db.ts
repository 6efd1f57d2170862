// A zero-setup PostgreSQL for `npm run dev` / `npm start`: PGlite (Postgres in WebAssembly, persisted
// in dataDir) served over the wire protocol, so the app talks to it exactly as to a real server.
// PGlite is one backend: pglite-socket accepts one connection at a time (it drops a second one
// outright, no queueing), so clients must use a pool of 1 and close it before anyone else connects.
import { open, readFile, rm, mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const DEFAULT_EMBEDDED_PORT = 54329;

/** Expected failures with a message meant for the person starting the app. */
export class EmbeddedDatabaseError extends Error {}

export type EmbeddedDatabase = {
  url: string;
  dataDir: string;
  /** Resolves once no client is connected; rejects after timeoutMs naming the leak. */
  whenIdle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir ?? ".data/pglite");
  await mkdir(path.dirname(dataDir), { recursive: true });
  const releaseLock = await lockDataDir(dataDir);
  try {
    // pg_trgm: typo-tolerant search and matching (migration 20261201210000_search_and_matching).
    const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    const server = await listen(db, options.port ?? DEFAULT_EMBEDDED_PORT);
    let stopped: Promise<void> | undefined;
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
      dataDir,
      whenIdle: (timeoutMs = 5_000) => waitForIdle(server, timeoutMs),
      stop: () =>
        (stopped ??= server
          .stop()
          .then(() => db.close())
          .finally(releaseLock)),
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/** Uses the requested port, or any free one when it is taken (another checkout's dev server). */
async function listen(db: PGlite, port: number): Promise<PGLiteSocketServer> {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 1 });
  try {
    await server.start();
    return server;
  } catch (error) {
    if ((error as { code?: string }).code !== "EADDRINUSE" || port === 0) throw error;
    return listen(db, 0);
  }
}

async function waitForIdle(server: PGLiteSocketServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.getStats().activeConnections > 0) {
    if (Date.now() > deadline) {
      throw new EmbeddedDatabaseError(
        "A client is still connected to the embedded database, which serves one connection at a time. Close it first.",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Two processes opening one PGlite directory corrupt it, so the owner's pid sits beside it. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  try {
    const handle = await open(lockFile, "wx");
    await handle.writeFile(String(process.pid));
    await handle.close();
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") throw error;
    const owner = Number(await readFile(lockFile, "utf8").catch(() => ""));
    if (owner && isRunning(owner)) {
      throw new EmbeddedDatabaseError(
        `The embedded database in ${dataDir} is in use by process ${owner}. Stop that process, or set FACTDESK_DATA_DIR to use another directory.`,
      );
    }
    await rm(lockFile, { force: true }); // left by a process that died
    return lockDataDir(dataDir);
  }
  return () => rm(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}
