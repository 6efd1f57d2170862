// Vitest globalSetup for the "integration" project: one fresh, migrated database for the whole run.
// Vitest builds each worker's environment from process.env after this runs, so server code that
// reads process.env.DATABASE_URL (server/env.ts) sees the test database; tests may also
// inject("databaseUrl").
import type { TestProject } from "vitest/node";
import { createTestDatabase, redactUrl, testDatabaseBaseUrl } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ETIMEDOUT",
  "28P01",
  "28000",
  "3D000",
  "42501",
]);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = testDatabaseBaseUrl();
  const database = await createTestDatabase(baseUrl).catch((error: { code?: string; message?: string }) => {
    if (!error.code || !UNREACHABLE.has(error.code)) throw error;
    throw new Error(
      `Integration tests need a PostgreSQL server where they may create databases, at ${redactUrl(baseUrl)} ` +
        `(TEST_DATABASE_URL, or its default): ${error.message}\n` +
        `Start the local one with \`pg_ctlcluster 15 main start\` (as root; \`apt-get install -y postgresql\` if missing) and ` +
        `create the role once: su postgres -c "psql -c \\"CREATE ROLE factdesk LOGIN PASSWORD 'factdesk' CREATEDB\\""`,
    );
  });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);

  return async () => {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    await database.drop();
  };
}
