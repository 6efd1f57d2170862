// The app under test: a copy of the working tree in a scratch directory (BENCH_APP_DIR, default
// /tmp/bench-app), built with `next build` and run with `next start`, so the bench never touches
// the repository's .next (the e2e server uses it). A build is reused while the copied sources are
// byte-for-byte unchanged. The framework floor (bench/floor/) is built into the copy only.
// node_modules is hard-linked, not symlinked: Turbopack refuses a node_modules that resolves
// outside the project root ("Could not find the Next.js package").
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort, runToEnd, startServer, type Server } from "./processes";

const REPO = path.resolve(__dirname, "..");
export const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? "/tmp/bench-app");
const FINGERPRINT_FILE = path.join(APP_DIR, ".bench-fingerprint");
/**
 * Not part of the app; bench/ is left out so the build type-checks only the app, except
 * processes.ts, which the two-instance e2e harness (e2e/two-instances/) imports.
 */
const LEFT_OUT = /^(bench\/(?!processes\.ts$)|test-results\/|playwright-report\/)/;
/** Ignored by git but needed to build: the generated Prisma client. */
const GENERATED = ["server/generated"];
/** The framework floor's route handlers: written into the copy only, never into the repo's app/. */
const FLOOR_FROM = path.join(REPO, "bench", "floor");
const FLOOR_TO = "app/api/bench-floor";
/** The static floor's page, written once the long article's export exists (see floor/static/). */
export const STATIC_FLOOR_FILE = path.join(APP_DIR, ".bench-static-floor.html");

export interface BuildInfo {
  dir: string;
  reused: boolean;
  seconds: number;
  fingerprint: string;
}

/** Mirrors the working tree (tracked and untracked, not ignored) into APP_DIR and builds it. */
export async function buildApp(log: (line: string) => void): Promise<BuildInfo> {
  const started = Date.now();
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f && !LEFT_OUT.test(f) && existsSync(path.join(REPO, f)));
  const hash = createHash("sha256");
  for (const file of [...new Set(files)].sort())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(REPO, file)));
  for (const dir of GENERATED) hashTree(hash, path.join(REPO, dir));
  hashTree(hash, FLOOR_FROM);
  const fingerprint = hash.digest("hex").slice(0, 16);

  const built = existsSync(path.join(APP_DIR, ".next", "BUILD_ID"));
  const previous = existsSync(FINGERPRINT_FILE) ? readFileSync(FINGERPRINT_FILE, "utf8").trim() : "";
  if (built && previous === fingerprint) {
    log(`Reusing the build in ${APP_DIR} (sources unchanged, fingerprint ${fingerprint}).`);
    return { dir: APP_DIR, reused: true, seconds: 0, fingerprint };
  }

  mkdirSync(APP_DIR, { recursive: true });
  // Start from an empty tree but keep .next/cache, which makes rebuilds faster.
  for (const entry of readdirSync(APP_DIR)) {
    if (entry !== ".next") rmSync(path.join(APP_DIR, entry), { recursive: true, force: true });
  }
  rmSync(FINGERPRINT_FILE, { force: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(APP_DIR, file)), { recursive: true });
    copyFileSync(path.join(REPO, file), path.join(APP_DIR, file));
  }
  for (const dir of GENERATED) cpSync(path.join(REPO, dir), path.join(APP_DIR, dir), { recursive: true });
  cpSync(FLOOR_FROM, path.join(APP_DIR, FLOOR_TO), { recursive: true });
  linkNodeModules();

  log(`Building the app in ${APP_DIR} (next build; a minute or two)…`);
  await runToEnd("next build", process.execPath, [nextBin(), "build"], {
    cwd: APP_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  writeFileSync(FINGERPRINT_FILE, fingerprint + "\n");
  return { dir: APP_DIR, reused: false, seconds: (Date.now() - started) / 1000, fingerprint };
}

/** `benchUserId`, when given, creates the framework floor's claims (bare-server.ts takes the same user). */
export async function startApp(databaseUrl: string, benchUserId?: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startServer(
    "next start",
    process.execPath,
    [nextBin(), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: APP_DIR,
      url,
      readyPath: "/api/health",
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
        NEXTAUTH_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        // (f) imports a page from a server on 127.0.0.1; never set outside tests and the bench.
        IMPORT_ALLOW_PRIVATE_HOSTS: "1",
        ...(benchUserId && { BENCH_USER_ID: benchUserId }),
        BENCH_STATIC_HTML: STATIC_FLOOR_FILE,
      },
    },
  );
}

/** Where the embedded database of startEmbeddedApp lives: the copy's own, never the repo's .data. */
const EMBEDDED_DATA_DIR = path.join(APP_DIR, ".data");

/**
 * The build as a desk without configuration runs it: `npm start`'s script (scripts/run-app.ts)
 * with no DATABASE_URL, so it starts PGlite on a fresh data directory, migrates, seeds the demo
 * data and runs `next start`. Stopping it removes the data directory again.
 */
export async function startEmbeddedApp(): Promise<Server> {
  rmSync(EMBEDDED_DATA_DIR, { recursive: true, force: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    FACTDESK_DATA_DIR: EMBEDDED_DATA_DIR,
    PORT: String(port),
    NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
    NEXTAUTH_URL: url,
  };
  for (const name of ["DATABASE_URL", "DATABASE_POOL_MAX", "DATABASE_LISTEN_URL"]) delete env[name];
  const server = await startServer(
    "next start on PGlite",
    process.execPath,
    ["--import", "tsx", path.join("scripts", "run-app.ts"), "start"],
    // Migrating and seeding PGlite takes a while before Next even starts.
    { cwd: APP_DIR, url, readyPath: "/api/health", env, timeoutMs: 180_000 },
  );
  return {
    ...server,
    stop: () => server.stop().finally(() => rmSync(EMBEDDED_DATA_DIR, { recursive: true, force: true })),
  };
}

/** Hard links cost no space and take a second; a plain copy when /tmp is another filesystem. */
function linkNodeModules(): void {
  const from = path.join(REPO, "node_modules");
  const to = path.join(APP_DIR, "node_modules");
  try {
    execFileSync("cp", ["-al", from, to], { stdio: "pipe" });
  } catch {
    rmSync(to, { recursive: true, force: true });
    execFileSync("cp", ["-a", from, to], { stdio: "pipe" });
  }
}

function nextBin(): string {
  return path.join(APP_DIR, "node_modules", "next", "dist", "bin", "next");
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else hash.update(full).update("\0").update(readFileSync(full));
  }
}
