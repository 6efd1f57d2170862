// Targets, what is printed, and bench/results/latest.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadFigures } from "./claim-load";
import type { PaintRun } from "./highlight-paint";
import type { PageWeight } from "./page-weight";

export interface TargetResult {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  comparison: "<=" | ">=";
  target: number;
  pass: boolean;
}

export function target(
  id: string,
  name: string,
  value: number | null,
  unit: string,
  comparison: "<=" | ">=",
  limit: number,
): TargetResult {
  const pass = value !== null && Number.isFinite(value) && (comparison === "<=" ? value <= limit : value >= limit);
  return { id, name, value, unit, comparison, target: limit, pass };
}

export function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const fmt = (value: number | null, unit: string) =>
  value === null
    ? "—"
    : `${value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(2)} ${unit}`.trim();

export function printTargets(targets: TargetResult[]): void {
  console.log("\nTargets");
  for (const t of targets) {
    const verdict = t.pass ? "PASS" : "FAIL";
    const limit = `${t.comparison === "<=" ? "≤" : "≥"} ${fmt(t.target, t.unit)}`;
    console.log(`  ${verdict}  ${t.name.padEnd(44)} ${fmt(t.value, t.unit).padStart(12)}   target ${limit}`);
  }
}

export function writeResults(results: unknown): string {
  const dir = path.join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  return file;
}

export const kB = (bytes: number) => Math.round(bytes / 100) / 10;
export const MB = (bytes: number) => Math.round(bytes / 100_000) / 10;

export function printLoad(label: string, f: LoadFigures): void {
  console.log(
    `  ${label}  p50 ${f.latencyP50Ms} ms  p99 ${f.latencyP99Ms} ms  ${f.requestsPerSecond.toFixed(1)} req/s  ` +
      `${f.requests} requests  non-2xx ${f.non2xx}  errors ${f.errors}  server CPU ${f.serverCpuMsPerRequest} ms/request`,
  );
}

export function printPaintRun(n: number, run: PaintRun, claims: number): void {
  const painted =
    run.paintedMs === null ? `not painted (${run.marksFound} of ${claims} claims highlighted)` : `${run.paintedMs} ms`;
  console.log(`  run ${n}: ${painted}  ${JSON.stringify(run.milestones)}`);
  for (const error of run.pageErrors) console.log(`    page error: ${error}`);
}

export function printPageWeight(weight: PageWeight, claims: number): void {
  for (const s of weight.scripts.slice(0, 8)) {
    console.log(
      `  ${kB(s.gzipBytes).toFixed(1).padStart(7)} kB gz  ${kB(s.rawBytes).toFixed(1).padStart(7)} kB raw  ${s.url}`,
    );
  }
  if (weight.scripts.length > 8) console.log(`  … and ${weight.scripts.length - 8} smaller scripts`);
  console.log(
    `  total: ${weight.scripts.length} scripts, ${kB(weight.jsGzipBytes)} kB gzip (${kB(weight.jsRawBytes)} kB raw)`,
  );
  console.log(
    `  HTML document (RSC payload inlined, ${claims} claims): ${kB(weight.documentRawBytes)} kB raw, ${kB(weight.documentGzipBytes)} kB gzip`,
  );
}

export function gitHead(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}
