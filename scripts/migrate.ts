// `npm run db:migrate`: applies pending migrations to DATABASE_URL (our stand-in for
// `prisma migrate deploy`, whose engine cannot be downloaded here; see server/db/migrator.ts).
import { migrate, MigrationError } from "../server/db/migrator";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. Point it at the database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://factdesk:factdesk@127.0.0.1:5432/factdesk npm run db:migrate\n" +
        "(`npm run dev` without DATABASE_URL migrates its embedded database by itself.)",
    );
    process.exit(1);
  }
  const { applied } = await migrate(databaseUrl, { log: (line) => console.log(line) });
  console.log(
    applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.",
  );
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError) console.error(error.message);
  else if (isConnectionError(error)) console.error(`Could not reach the database in DATABASE_URL: ${error.message}`);
  else console.error(error);
  process.exit(1);
});

function isConnectionError(error: unknown): error is Error {
  const code = (error as { code?: string }).code;
  return error instanceof Error && ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "28P01", "3D000"].includes(code ?? "");
}
