// The server Playwright tests run against: a production build (`next build` + `next start`) on a
// freshly created, migrated and seeded PostgreSQL database named `factdesk_e2e`.
// E2E_SKIP_BUILD=1 reuses an existing .next build. Beside it, in this process (so it stops with
// it), a local OpenID Connect provider for the single sign-on tests (e2e/oidc/server.ts).
import { spawn, spawnSync } from "node:child_process";
import { migrate } from "@/server/db/migrator";
import { seedDemoData } from "@/prisma/seed/demo";
import { E2E_DATABASE_NAME, E2E_PORT, e2eDatabaseUrl } from "@/e2e/fixtures/config";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_NAME, OIDC_PORT } from "@/e2e/oidc/config";
import { startOidcServer } from "@/e2e/oidc/server";
import { testDatabaseBaseUrl, withAdminClient } from "@/server/testing/test-database";

async function recreateDatabase(): Promise<string> {
  await withAdminClient(testDatabaseBaseUrl(), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${E2E_DATABASE_NAME}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${E2E_DATABASE_NAME}"`);
  });
  const url = e2eDatabaseUrl();
  await migrate(url);
  await seedDemoData(url);
  return url;
}

async function main() {
  const url = await recreateDatabase();
  await startOidcServer({ port: OIDC_PORT, redirectUri: `http://127.0.0.1:${E2E_PORT}/api/auth/callback/oidc` });
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
    IMPORT_ALLOW_PRIVATE_HOSTS: "1",
    OIDC_ISSUER,
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
    OIDC_NAME,
  };
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn("npx", ["next", "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
