import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/create-client";
import { createTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { SEED_ARTICLE_TITLE, seedDemoData } from "@/prisma/seed/demo";

// The demo seed only fills an empty database, so it gets one of its own.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.url);
});
afterAll(() => database?.drop());

describe("demo seed", () => {
  it("gives the seed article's claims a CREATED history event, as the desk would", async () => {
    const db = createPrismaClient(database.url, { max: 1 });
    try {
      const article = await db.article.findFirstOrThrow({ where: { title: SEED_ARTICLE_TITLE } });
      const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" } });
      expect(claims).toHaveLength(3);
      for (const claim of claims) {
        const events = await db.claimEvent.findMany({ where: { claimId: claim.id } });
        expect(events).toEqual([
          expect.objectContaining({
            action: "CREATED",
            actorId: claim.createdById,
            articleId: article.id,
            changes: expect.objectContaining({
              exact: { before: null, after: claim.exact },
              startOffset: { before: null, after: claim.startOffset },
              claimant: { before: null, after: claim.claimant },
            }),
          }),
        ]);
      }
    } finally {
      await db.$disconnect();
    }
  });
});
