// Demo data for a fresh desk: three accounts and the article the product is built around, with
// the claims a fact-checker would pick first. Seeds only an empty database.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/server/db/create-client";
import { createArticle, createClaimOnQuote, createUser } from "@/prisma/seed/factories";

/** Documented in README.md ("Demo accounts"). */
export const DEMO_PASSWORD = "factcheck-demo";

export const DEMO_USERS = [
  { email: "checker@example.org", name: "Casey Checker", role: "CHECKER" },
  { email: "editor@example.org", name: "Erin Editor", role: "EDITOR" },
  { email: "admin@example.org", name: "Alex Admin", role: "ADMIN" },
] as const;

export const SEED_ARTICLE_TITLE =
  "Sessions met with Russian envoy twice last year, encounters he later did not disclose";

export function readSeedArticle(): Promise<string> {
  return readFile(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8");
}

export async function seedDemoData(databaseUrl: string): Promise<{ created: boolean }> {
  const db = createPrismaClient(databaseUrl, { max: 1 });
  try {
    if ((await db.user.count()) > 0) return { created: false };
    const [checker] = await Promise.all(DEMO_USERS.map((u) => createUser(db, { ...u, password: DEMO_PASSWORD })));
    const article = await createArticle(db, {
      createdById: checker!.id,
      title: SEED_ARTICLE_TITLE,
      outlet: "CNN",
      publishedAt: new Date("2017-03-02T00:00:00Z"),
      body: await readSeedArticle(),
    });
    const claim = (quote: string, extra: { prefix?: string; claimant: string }) =>
      createClaimOnQuote(db, { articleId: article.id, quote, userId: checker!.id, ...extra });
    await claim("did not have communications with the Russians", {
      prefix: 'responded at the time that he "',
      claimant: "Jeff Sessions",
    });
    await claim("I never met with any Russian officials to discuss issues of the campaign", {
      claimant: "Jeff Sessions",
    });
    await claim("the Senator had over 25 conversations with foreign ambassadors", { claimant: "Sarah Isgur Flores" });
    return { created: true };
  } finally {
    await db.$disconnect();
  }
}
