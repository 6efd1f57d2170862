// Data the bench runs against: a fresh, migrated database with the demo seed, and one long article
// (10,000 words, 500 claims, some overlapping or nested) written through the seed factories and
// the same selector code the app uses.
import { createArticle } from "@/prisma/seed/factories";
import { DEMO_USERS, seedDemoData } from "@/prisma/seed/demo";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { VERDICT_KEYS } from "@/lib/verdicts";
import { createPrismaClient } from "@/server/db/create-client";
import { createTestDatabase, testDatabaseBaseUrl, type TestDatabase } from "@/server/testing/test-database";

export const BIG_ARTICLE = { words: 10_000, claims: 500, wordsPerParagraph: 120 };

export async function createBenchDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(testDatabaseBaseUrl());
  try {
    await seedDemoData(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** The long article and its claims, owned by the demo fact-checker (whose id is returned too). */
export async function createBigArticle(
  databaseUrl: string,
): Promise<{ articleId: string; claimIds: string[]; overlapping: number; checkerId: string }> {
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    const checker = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
    const article = await createArticle(db, {
      createdById: checker.id,
      title: `Bench: ${BIG_ARTICLE.words.toLocaleString("en")} words, ${BIG_ARTICLE.claims} claims`,
      outlet: "Bench Gazette",
      body: longBody(BIG_ARTICLE.words, BIG_ARTICLE.wordsPerParagraph),
    });
    const text = article.contentText;
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const ranges = claimRanges(words.length, BIG_ARTICLE.claims);
    const rows = ranges.map(([first, last], i) => {
      const { quote, position } = selectorsForRange(text, words[first]!.start, words[last]!.end);
      return {
        articleId: article.id,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        startOffset: position.start,
        endOffset: position.end,
        claimant: i % 3 === 0 ? `Speaker ${i % 17}` : null,
        verdict: i % 4 === 3 ? null : VERDICT_KEYS[i % VERDICT_KEYS.length]!,
        rationale: i % 4 === 3 ? null : `Rationale for claim ${i + 1}: what the records show, in a sentence or two.`,
        // Half approved, so ClaimReview and the approved-only exports have real work to do.
        status: i % 4 === 3 || i % 2 === 1 ? ("DRAFT" as const) : ("APPROVED" as const),
        createdById: checker.id,
        updatedById: checker.id,
      };
    });
    await db.claim.createMany({ data: rows });
    const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
    const overlapping = ranges.filter(([first], i) => i > 0 && first <= ranges[i - 1]![1]).length;
    return { articleId: article.id, claimIds: claims.map((c) => c.id), overlapping, checkerId: checker.id };
  } finally {
    await db.$disconnect();
  }
}

/**
 * [firstWord, lastWord] for each claim, spread evenly through the text. Every 10th claim starts
 * inside the one before and runs past its end (overlap); every 10th, offset by 5, sits wholly
 * inside the one before (nested).
 */
function claimRanges(wordCount: number, count: number): [number, number][] {
  const stride = Math.floor(wordCount / count);
  const ranges: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const previous = ranges[i - 1];
    if (previous && i % 10 === 4) ranges.push([previous[0] + 2, previous[1] + 6]);
    else if (previous && i % 10 === 9) ranges.push([previous[0] + 1, previous[0] + 2]);
    else ranges.push([i * stride, Math.min(wordCount - 1, i * stride + 3 + (i % 9))]);
  }
  return ranges;
}

const VOCABULARY = (
  "the minister said that spending on schools rose by percent last year while crime fell in most " +
  "regions according to official figures released on tuesday but critics noted that the numbers " +
  "excluded several cities and that unemployment among young people had doubled since the election " +
  "senator governor mayor report claimed denied confirmed billion million budget tax health hospital " +
  "police border trade deal vaccine climate emissions energy prices wages housing rent inflation"
).split(" ");

/** Deterministic prose: sentences of 8-20 words, paragraphs separated by a blank line. */
function longBody(words: number, perParagraph: number): string {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraphs: string[] = [];
  let sentence: string[] = [];
  let paragraph: string[] = [];
  let sentenceLength = 12;
  for (let i = 0; i < words; i++) {
    const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
    sentence.push(sentence.length === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    const endOfParagraph = (i + 1) % perParagraph === 0 || i === words - 1;
    if (sentence.length >= sentenceLength || endOfParagraph) {
      paragraph.push(sentence.join(" ") + ".");
      sentence = [];
      sentenceLength = 8 + Math.floor(random() * 13);
    }
    if (endOfParagraph) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  return paragraphs.join("\n\n");
}
