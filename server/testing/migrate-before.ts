// Applies the migrations that sort before `name`, so a test can put rows in the old schema and
// then check what migration `name` does with them.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "@/server/db/migrator";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export async function migrateBefore(url: string, name: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-migrations-before-"));
  try {
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    for (const entry of await readdir(dir)) {
      if (entry >= name && entry !== "migration_lock.toml") await rm(path.join(dir, entry), { recursive: true });
    }
    await migrate(url, { migrationsDir: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
