import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";

/** A PrismaClient on the pg driver adapter: no native engine, works offline and against PGlite. */
export function createPrismaClient(connectionString: string, { max = 10 }: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
