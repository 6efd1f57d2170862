// Targets, the printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TargetResult {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  comparison: "<=" | ">=";
  target: number;
  pass: boolean;
}

export function target(id: string, name: string, value: number | null, unit: string, comparison: "<=" | ">=", limit: number): TargetResult {
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
  value === null ? "—" : `${value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(2)} ${unit}`.trim();

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
