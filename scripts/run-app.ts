// `npm run dev` / `npm start`. Without DATABASE_URL it starts the embedded database (PGlite in
// FACTDESK_DATA_DIR, default .data), migrates it and seeds demo data on first run, so a fresh
// checkout runs with no setup. With DATABASE_URL it only migrates: never seeds a real database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { constants } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, MigrationError } from "../server/db/migrator";
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";

const mode = process.argv[2];
const dataDir = path.resolve(process.env.FACTDESK_DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
let embedded: EmbeddedDatabase | undefined;
let childRunning = false;

async function main(): Promise<void> {
  if (mode !== "dev" && mode !== "start") {
    console.error("Usage: tsx scripts/run-app.ts dev|start");
    return finish(2);
  }
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    databaseUrl = embedded.url;
    process.env.DATABASE_POOL_MAX = "1"; // for the seed here and for Next: PGlite takes one connection
    console.log(
      `DATABASE_URL is not set: using the embedded database in ${embedded.dataDir} (delete it to start over).`,
    );
  }
  const { applied } = await migrate(databaseUrl, { log: (line) => console.log(line) });
  if (applied.length === 0) console.log("Database schema is up to date.");
  if (embedded && !(await hasUsers(databaseUrl))) {
    const { seedDemoData } = await import("../prisma/seed/demo");
    const { created } = await seedDemoData(databaseUrl);
    if (created) console.log("Seeded demo data into the embedded database.");
  }
  await embedded?.whenIdle();

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // pglite-socket gives every client the one backend, so NOTIFY reaches whoever runs a query.
    ...(embedded && { DATABASE_LISTEN_URL: "poll" }),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: await authSecret(),
  };
  if (mode === "start") {
    if (existsSync(path.resolve(".next", "BUILD_ID"))) {
      console.log("Using the existing build in .next (run `npm run build` after changing the code).");
    } else {
      console.log("No build in .next yet: running `next build` first.");
      const code = await runNext(["build"], env);
      if (code !== 0) return finish(code);
    }
  }
  await finish(await runNext([mode, "--port", port], env));
}

async function hasUsers(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "User") AS found')).rows[0]!.found;
  } finally {
    await client.end();
  }
}

/** A generated secret is kept in the data directory so sessions survive restarts. */
async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  const saved = (await readFile(file, "utf8").catch(() => "")).trim();
  if (saved) return saved;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(`NEXTAUTH_SECRET is not set: generated one and saved it in ${file}.`);
  return secret;
}

function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
  childRunning = true;
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      childRunning = false;
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}

async function finish(code: number): Promise<never> {
  await embedded?.stop().catch((error: unknown) => console.error("Could not stop the embedded database:", error));
  process.exit(code);
}

// Before Next runs (or between build and start), a signal stops us directly.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!childRunning) void finish(128 + constants.signals[signal]);
  });
}

main().catch((error: unknown) => {
  const expected = error instanceof MigrationError || error instanceof EmbeddedDatabaseError;
  console.error(expected ? error.message : error);
  void finish(1);
});
