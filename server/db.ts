import "server-only";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createPrismaClient } from "@/server/db/create-client";
import { env } from "@/server/env";

// One PrismaClient per process; in dev, hot reloads would otherwise open a new pool each time.
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  return createPrismaClient(DATABASE_URL, { max: DATABASE_POOL_MAX });
}

export const db: PrismaClient = globalForDb.factdeskDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.factdeskDb = db;
