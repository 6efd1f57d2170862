// The app under test: a copy of the working tree in a scratch directory (BENCH_APP_DIR, default
// /tmp/bench-app), built with `next build` and run with `next start`, so the bench never touches
// the repository's .next (the e2e server uses it). A build is reused while the copied sources are
// byte-for-byte unchanged.
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
  linkNodeModules();

  log(`Building the app in ${APP_DIR} (next build; a minute or two)…`);
  await runToEnd("next build", process.execPath, [nextBin(), "build"], {
    cwd: APP_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  writeFileSync(FINGERPRINT_FILE, fingerprint + "\n");
  return { dir: APP_DIR, reused: false, seconds: (Date.now() - started) / 1000, fingerprint };
}

export async function startApp(databaseUrl: string): Promise<Server> {
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
      },
    },
  );
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
