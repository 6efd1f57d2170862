// Throwaway databases for integration tests: one fresh, fully migrated database per call, on the
// PostgreSQL server named by TEST_DATABASE_URL. The role in that URL needs CREATEDB.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../db/migrator";

/** Used when TEST_DATABASE_URL is unset: the local PostgreSQL with the `factdesk` role (see README). */
export const DEFAULT_TEST_DATABASE_URL = "postgresql://factdesk:factdesk@127.0.0.1:5432/postgres";

export function testDatabaseBaseUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

export async function createTestDatabase(
  baseUrl: string = testDatabaseBaseUrl(),
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `factdesk_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await withAdminClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const drop = () =>
    // FORCE (PostgreSQL 13+) ends connections a test forgot to close instead of failing the drop.
    withAdminClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    if (options.migrate !== false) await migrate(url.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url: url.toString(), drop };
}

/** Runs `run` on a short-lived connection to the server in `baseUrl` (for CREATE/DROP DATABASE). */
export async function withAdminClient(baseUrl: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
