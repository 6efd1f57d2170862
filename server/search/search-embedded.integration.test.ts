import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createPrismaClient } from "@/server/db/create-client";
import { migrate } from "@/server/db/migrator";
import { claimCandidates } from "@/server/search/claim-candidates";
import { resultDetails } from "@/server/search/result-details";
import { configureSearch } from "@/server/search/search-sql";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/scripts/embedded-db";

// The embedded database (PGlite, `npm run dev` without DATABASE_URL) runs the very search SQL the
// desk runs on PostgreSQL: pg_trgm loaded by the launcher, the full-text functions and indexes
// from the migration.
let dir: string;
let embedded: EmbeddedDatabase;
let client: PrismaClient;
let claimId: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-search-"));
  embedded = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite"), port: 0 });
  await migrate(embedded.url);
  // PGlite serves one connection at a time.
  client = createPrismaClient(embedded.url, { max: 1 });
  const user = await createUser(client, { name: "Embedded Checker" });
  const article = await createArticle(client, {
    createdById: user.id,
    title: "Sessions and the envoy",
    body: "Sergey Kislyak met the senator twice during the campaign.",
  });
  const claim = await createClaimOnQuote(client, {
    articleId: article.id,
    quote: "Sergey Kislyak met the senator twice",
    userId: user.id,
    claimant: "Sergey Kislyak",
  });
  claimId = claim.id;
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await embedded?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("finds Kislyak when searching for Kisliak, and highlights words it finds", async () => {
  const found = await client.$transaction(async (tx) => {
    await configureSearch(tx, { byWords: true });
    return claimCandidates(tx, { q: "Kisliak" }, { spelling: true });
  });
  expect(found.candidates.map((c) => c.id)).toEqual([claimId]);

  const byWords = await client.$transaction(async (tx) => {
    await configureSearch(tx, { byWords: true });
    return claimCandidates(tx, { q: "senator twice" }, { spelling: false });
  });
  const [result] = await resultDetails(client, byWords.candidates, "senator");
  expect(result!.highlights.map(([start, end]) => result!.snippet.slice(start, end))).toEqual(["senator"]);
});
