// The revisions migration turns every existing article into its revision 1, with the fingerprint
// the app computes, and marks every claim as anchored exactly in it.
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { migrateBefore } from "@/server/testing/migrate-before";
import { textFingerprint } from "@/server/articles/text-fingerprint";
import { migrate } from "./migrator";

const REVISIONS = "20261201130000_article_revisions";
const TEXT = "“Robin’s” report\u00a0said  so.\n\nThe council agreed.\t ";

let database: TestDatabase | undefined;
afterAll(() => database?.drop());

it("makes each existing article revision 1 with the app's fingerprint; claims stay exact in it", async () => {
  database = await createTestDatabase(undefined, { migrate: false });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrateBefore(database.url, REVISIONS);
    await client.connect();
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u', 'u@example.org', 'U', 'x', now())`,
    );
    await client.query(
      `INSERT INTO "Article" ("id", "title", "url", "contentHtml", "contentText", "createdById", "createdAt", "updatedAt")
       VALUES ('a1', 'T', NULL, '<p>x</p>', $1, 'u', '2026-11-01T10:00:00Z', now()),
              ('a2', 'U', 'https://news.example/a', '<p>y</p>', 'Plain.', 'u', now(), now())`,
      [TEXT],
    );
    await client.query(
      `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "createdById", "updatedById", "updatedAt")
       VALUES ('c1', 'a1', 'report', '', '', 10, 16, 'u', 'u', now())`,
    );

    await migrate(database.url);

    const revisions = await client.query(
      `SELECT "articleId", "number", "source", "contentText", "fingerprint", "createdById", "createdAt" FROM "ArticleRevision" ORDER BY "articleId"`,
    );
    expect(revisions.rows).toEqual([
      {
        articleId: "a1",
        number: 1,
        source: "PASTE",
        contentText: TEXT,
        fingerprint: textFingerprint(TEXT),
        createdById: "u",
        createdAt: new Date("2026-11-01T10:00:00Z"),
      },
      expect.objectContaining({ articleId: "a2", number: 1, source: "URL", fingerprint: textFingerprint("Plain.") }),
    ]);
    const articles = await client.query(`SELECT "id", "revision" FROM "Article" ORDER BY "id"`);
    expect(articles.rows).toEqual([
      { id: "a1", revision: 1 },
      { id: "a2", revision: 1 },
    ]);
    const claim = await client.query(`SELECT "anchorStatus", "anchorScore", "anchorRevision" FROM "Claim"`);
    expect(claim.rows).toEqual([{ anchorStatus: "EXACT", anchorScore: 1, anchorRevision: 1 }]);
  } finally {
    await client.end().catch(() => undefined);
  }
});
