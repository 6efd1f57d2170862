// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, because Prisma's
// schema engine cannot be downloaded here. The `_prisma_migrations` bookkeeping matches
// prisma-engines (table DDL, sha256 checksum, advisory lock 72707369, failed-migration rule), so a
// machine with the real engine sees the same history in `prisma migrate status`.
// No "server-only" import: scripts (tsx) and tests use this outside Next.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATE_ADVISORY_LOCK = 72707369;
const LOCK_TIMEOUT = "10s"; // prisma-engines waits 10 s for the lock, then gives up
// Relative to the working directory (the repo root for every entry point): import.meta would make
// this module ESM-only, and Playwright loads its fixtures as CommonJS.
const DEFAULT_DIR = path.join(process.cwd(), "prisma", "migrations");
// Tables Prisma Migrate tolerates in a schema it has not initialised (PostGIS).
const IGNORED_TABLES = new Set(["spatial_ref_sys", "geometry_columns"]);

export class MigrationError extends Error {}

export type MigrationFile = { name: string; script: string };
type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
};

/** Lowercase, zero-padded sha256 hex of the script's UTF-8 bytes: what Prisma stores. */
export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/** Prisma accepts a script whose line endings were converted (git on Windows) since it was applied. */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => migrationChecksum(variant) === checksum);
}

/** Every directory is a migration (as in Prisma's CLI), ordered by name. */
export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const lock = await readFile(path.join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  const providerLine = lock?.split("\n").find((line) => line.startsWith("provider"));
  const provider = providerLine
    ?.replace(/^provider = /, "")
    .replaceAll('"', "")
    .trim();
  if (lock !== null && provider !== "postgresql") {
    throw new MigrationError(
      `${dir}/migration_lock.toml names provider "${provider}", but this migrator only knows PostgreSQL.`,
    );
  }
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch(() => {
        throw new MigrationError(
          `Could not find the migration file at ${file}. Delete the directory or restore the file.`,
        );
      });
      return { name, script };
    }),
  );
}

export async function migrate(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.migrationsDir ?? DEFAULT_DIR);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {}); // a dropped connection surfaces as the failing query's error
  await client.connect();
  try {
    await acquireLock(client);
    try {
      const rows = await loadHistory(client);
      assertHistoryIsClean(rows, migrations, log);
      const done = new Set(rows.filter((r) => !r.rolled_back_at).map((r) => r.migration_name));
      const applied: string[] = [];
      for (const migration of migrations.filter((m) => !done.has(m.name))) {
        log(`Applying migration ${migration.name}`);
        await applyMigration(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      // PGlite serves every connection from one backend, so the lock would outlive this client.
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATE_ADVISORY_LOCK]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function acquireLock(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_ADVISORY_LOCK]);
  } catch (error) {
    if ((error as { code?: string }).code !== "55P03") throw error;
    throw new MigrationError(
      `Another process has been migrating this database for ${LOCK_TIMEOUT} (advisory lock ${MIGRATE_ADVISORY_LOCK} is held). Try again when it has finished.`,
    );
  } finally {
    await client.query("RESET lock_timeout").catch(() => {});
  }
}

/** Creates `_prisma_migrations` exactly as prisma-engines does, on an empty schema only. */
async function loadHistory(client: pg.Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
  );
  const tables = rows.map((r) => r.tablename);
  if (!tables.includes("_prisma_migrations")) {
    const others = tables.filter((t) => !IGNORED_TABLES.has(t));
    if (others.length > 0) {
      throw new MigrationError(
        `The database schema is not empty (tables: ${others.join(", ")}) and has no _prisma_migrations table, so it was not created by these migrations. Baseline it first: https://pris.ly/d/migrate-baseline`,
      );
    }
    await client.query(`CREATE TABLE _prisma_migrations (
      id VARCHAR(36) PRIMARY KEY NOT NULL,
      checksum VARCHAR(64) NOT NULL,
      finished_at TIMESTAMPTZ,
      migration_name VARCHAR(255) NOT NULL,
      logs TEXT,
      rolled_back_at TIMESTAMPTZ,
      started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      applied_steps_count INTEGER NOT NULL DEFAULT 0
    )`);
  }
  const history = await client.query<MigrationRow>(
    "SELECT id, checksum, migration_name, finished_at, rolled_back_at, started_at, logs FROM _prisma_migrations ORDER BY started_at",
  );
  return history.rows;
}

function assertHistoryIsClean(rows: MigrationRow[], migrations: MigrationFile[], log: (line: string) => void): void {
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at);
  if (failed.length > 0) {
    const details = failed.map(
      (r) =>
        `The \`${r.migration_name}\` migration started at ${r.started_at.toISOString()} failed${r.logs?.trim() ? ` with the following logs:\n${r.logs.trim()}` : ""}`,
    );
    throw new MigrationError(
      `Found failed migrations in the target database; new migrations will not be applied. Fix the database, then mark the migration as rolled back (set rolled_back_at) or resolve it with \`prisma migrate resolve\`: https://pris.ly/d/migrate-resolve\n${details.join("\n")}`,
    );
  }
  const files = new Map(migrations.map((m) => [m.name, m.script]));
  for (const row of rows.filter((r) => !r.rolled_back_at)) {
    const script = files.get(row.migration_name);
    if (script === undefined) {
      log(`Warning: migration ${row.migration_name} is recorded in the database but not in the migrations directory.`);
    } else if (!scriptMatchesChecksum(script, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in _prisma_migrations, ${migrationChecksum(script)} on disk). Restore the applied file and put the change in a new migration.`,
      );
    }
  }
}

/**
 * As in Prisma, the row is recorded before the script runs, so a failure stays visible. Unlike
 * Prisma, finished_at commits in the script's transaction: a crash cannot leave the two disagreeing.
 */
async function applyMigration(client: pg.Client, { name, script }: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
    id,
    migrationChecksum(script),
    name,
  ]);
  try {
    await client.query("BEGIN");
    await client.query(script); // no parameters: pg uses the simple protocol, which runs several statements
    await client.query(
      "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const logs = describeDatabaseError(error, script);
    await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, logs]).catch(() => {});
    throw new MigrationError(
      `Migration ${name} failed to apply and was rolled back; new migrations cannot be applied until it is resolved (https://pris.ly/d/migrate-resolve).\n\n${logs}`,
    );
  }
}

function describeDatabaseError(error: unknown, script: string): string {
  const { code, message, position } = error as { code?: string; message?: string; position?: string };
  const line = position ? script.slice(0, Number(position) - 1).split("\n").length : undefined;
  const where = line ? `\n\nPosition: line ${line}: ${script.split("\n")[line - 1]?.trim()}` : "";
  return `Database error code: ${code ?? "none"}\n\nDatabase error:\n${message ?? String(error)}${where}`;
}
