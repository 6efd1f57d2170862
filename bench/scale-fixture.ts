// The database of (k): a newsroom's years of fact-checks, 50,000 articles and 1,000,000 claims
// with their history (prisma/seed/archive/archive-data.ts in bulk), plus the demo users to sign in
// as. Loading takes minutes, so the finished database is kept between runs, named by a fingerprint
// of the migrations and the seed code, and reused while they are unchanged, as the build is
// (BENCH_SCALE_FRESH=1 loads it again). A load that did not finish is never reused: it is written
// under a scratch name and renamed only once complete. Older fingerprints are dropped.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { seedDemoData } from "@/prisma/seed/demo";
import { seedArchive } from "@/prisma/seed/archive/archive-data";
import { migrate } from "@/server/db/migrator";
import { testDatabaseBaseUrl, withAdminClient } from "@/server/testing/test-database";

export const SCALE = { articles: 50_000, claims: 1_000_000 };
const PREFIX = "factdesk_bench_scale_";
const REPO = path.resolve(__dirname, "..");

export interface ScaleDatabase {
  url: string;
  name: string;
  reused: boolean;
  /** How long writing it took, when it was written (this run or the one that made it). */
  loadSeconds: number;
  loadedAt: string;
}

interface Stamp {
  loadSeconds: number;
  loadedAt: string;
}

export async function scaleDatabase(log: (line: string) => void): Promise<ScaleDatabase> {
  const baseUrl = testDatabaseBaseUrl();
  const name = `${PREFIX}${fingerprint()}`;
  const existing = await scaleDatabases(baseUrl);
  const kept = existing.find((d) => d.name === name);
  if (kept?.stamp && process.env.BENCH_SCALE_FRESH !== "1") {
    return { url: urlOf(baseUrl, name), name, reused: true, ...kept.stamp };
  }
  for (const old of existing) await dropDatabase(baseUrl, old.name);

  const loading = `${name}_loading`;
  const url = urlOf(baseUrl, loading);
  await withAdminClient(baseUrl, (client) => client.query(`CREATE DATABASE "${loading}"`));
  const started = performance.now();
  await migrate(url);
  await seedDemoData(url);
  log(`  writing ${SCALE.articles.toLocaleString("en")} articles and ${SCALE.claims.toLocaleString("en")} claims…`);
  await seedArchive(url, { ...SCALE, history: true });
  const stamp: Stamp = {
    loadSeconds: Math.round((performance.now() - started) / 1000),
    loadedAt: new Date().toISOString(),
  };
  await withAdminClient(baseUrl, async (client) => {
    await client.query(`ALTER DATABASE "${loading}" RENAME TO "${name}"`);
    await client.query(`COMMENT ON DATABASE "${name}" IS '${JSON.stringify(stamp)}'`);
  });
  return { url: urlOf(baseUrl, name), name, reused: false, ...stamp };
}

/** Every scale database on the server, finished or not, with the stamp of the finished ones. */
async function scaleDatabases(baseUrl: string): Promise<{ name: string; stamp: Stamp | null }[]> {
  let found: { name: string; stamp: Stamp | null }[] = [];
  await withAdminClient(baseUrl, async (client) => {
    const { rows } = await client.query<{ name: string; comment: string | null }>(
      `SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment
       FROM pg_database WHERE datname LIKE $1`,
      [`${PREFIX}%`],
    );
    found = rows.map((row) => ({
      name: row.name,
      stamp: row.comment && !row.name.endsWith("_loading") ? (JSON.parse(row.comment) as Stamp) : null,
    }));
  });
  return found;
}

function dropDatabase(baseUrl: string, name: string): Promise<void> {
  return withAdminClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function urlOf(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What the database's contents follow from: the migrations and the seed code (the archive included). */
function fingerprint(): string {
  const hash = createHash("sha256").update(JSON.stringify(SCALE));
  for (const file of filesUnder(path.join(REPO, "prisma/migrations")).concat(
    filesUnder(path.join(REPO, "prisma/seed")),
  ))
    hash.update(path.relative(REPO, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}
