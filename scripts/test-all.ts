// `npm test`: every suite in order (unit, integration on real PostgreSQL, e2e in Chromium against
// the production build), then one closing line "N passed, N failed" over all of them.
// Needs: a PostgreSQL where TEST_DATABASE_URL's role may create databases, and /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Counts = { passed: number; failed: number; skipped: number };
type VitestReport = {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
};
type PlaywrightReport = {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: unknown[];
};
type Suite = {
  name: string;
  command: string[];
  report: string;
  env?: Record<string, string>;
  read: (json: never) => Counts;
};

const vitestCounts = (r: VitestReport): Counts => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
});
const playwrightCounts = (r: PlaywrightReport): Counts => ({
  passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
  failed: (r.stats?.unexpected ?? 0) + (r.errors?.length ?? 0),
  skipped: r.stats?.skipped ?? 0,
});

const vitest = (project: string): Suite => ({
  name: project,
  command: [
    "npx",
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=test-results/${project}.json`,
  ],
  report: `test-results/${project}.json`,
  read: vitestCounts,
});

const suites: Suite[] = [
  vitest("unit"),
  vitest("integration"),
  {
    name: "e2e",
    command: ["npx", "playwright", "test"],
    report: "test-results/e2e.json",
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e.json" },
    read: playwrightCounts,
  },
];

const only = process.argv.slice(2);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
mkdirSync("test-results", { recursive: true });

for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
  rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name}: ${suite.command.join(" ")}`);
  const run = spawnSync(suite.command[0]!, suite.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...suite.env },
  });
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(suite.report)) counts = suite.read(JSON.parse(readFileSync(suite.report, "utf8")) as never);
  // A runner that died before reporting, or exited non-zero with nothing failed, still failed.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(
    `=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (exit ${run.status})`,
  );
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
