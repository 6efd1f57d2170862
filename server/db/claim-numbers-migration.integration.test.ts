// The claim-numbers migration numbers claims that already exist in text order (as the desk used
// to number them), and new claims continue after the highest number.
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { migrateBefore } from "@/server/testing/migrate-before";
import { migrate } from "./migrator";

const NUMBERS = "20261201100000_claim_numbers";

let database: TestDatabase | undefined;
afterAll(() => database?.drop());

it("numbers existing claims in text order, outer before nested, per article", async () => {
  database = await createTestDatabase(undefined, { migrate: false });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrateBefore(database.url, NUMBERS);
    await client.connect();
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u', 'u@example.org', 'U', 'x', now())`,
    );
    for (const a of ["a1", "a2"]) {
      await client.query(
        `INSERT INTO "Article" ("id", "title", "contentHtml", "contentText", "createdById", "updatedAt") VALUES ($1, 'T', '<p>x</p>', 'x', 'u', now())`,
        [a],
      );
    }
    // Stored in an order unlike the text's: [start, end) per claim id.
    const claims: [string, string, number, number][] = [
      ["late", "a1", 50, 60],
      ["outer", "a1", 10, 40],
      ["inner", "a1", 20, 30],
      ["other", "a2", 5, 9],
    ];
    for (const [id, articleId, start, end] of claims) {
      await client.query(
        `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "createdById", "updatedById", "updatedAt")
         VALUES ($1, $2, 'x', '', '', $3, $4, 'u', 'u', now())`,
        [id, articleId, start, end],
      );
    }

    expect(await migrate(database.url)).toEqual({ applied: expect.arrayContaining([NUMBERS]) });

    const numbered = await client.query(`SELECT "id", "number" FROM "Claim" ORDER BY "articleId", "number"`);
    expect(numbered.rows).toEqual([
      { id: "outer", number: 1 },
      { id: "inner", number: 2 },
      { id: "late", number: 3 },
      { id: "other", number: 1 },
    ]);
    await client.query(
      `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "createdById", "updatedById", "updatedAt")
       VALUES ('new', 'a1', 'x', '', '', 0, 5, 'u', 'u', now())`,
    );
    const added = await client.query(`SELECT "number" FROM "Claim" WHERE "id" = 'new'`);
    expect(added.rows).toEqual([{ number: 4 }]);
  } finally {
    await client.end().catch(() => undefined);
  }
});
