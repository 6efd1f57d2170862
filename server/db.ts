import "server-only";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createPrismaClient } from "@/server/db/create-client";
import { env } from "@/server/env";

// One PrismaClient per process, cached on globalThis so dev hot reloads do not open a new pool
// each time. It is created on first use, not at import: `next build` imports route modules
// without a DATABASE_URL.
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.factdeskDb) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    globalForDb.factdeskDb = createPrismaClient(DATABASE_URL, { max: DATABASE_POOL_MAX });
  }
  return globalForDb.factdeskDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
