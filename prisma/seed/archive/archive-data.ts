// A fact-check archive at scale for the search, matching and scale benches and the hot-query
// test: by default 100,000 claims over 5,000 articles, written in bulk (one INSERT … SELECT FROM
// unnest(...) per table per chunk of articles, not one Prisma call per row), with the indexes
// rebuilt afterwards and the row triggers off (archive-bulk.ts). The text is deterministic English
// from word lists (prisma/seed/archive/archive-text.ts) with talking points repeated across
// articles (ARCHIVE_TALKING_POINTS). Claim numbers and each article's counters (lastClaimNumber,
// its ArticleClaimRank row) are written directly, since the triggers are off, and the review
// queue's tally is counted afresh. With `history`, every claim also gets its audit trail:
// CREATED, an edit on every fifth, and SUBMITTED, APPROVED or CHANGES_REQUESTED as its status
// implies (HISTORY_SQL); without it claims have none, which the search benches do not need.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { VERDICT_KEYS } from "@/lib/verdicts";
import { hashPassword } from "@/server/users/passwords";
import { withBulkLoad } from "./archive-bulk";
import {
  ARTICLE_COLUMNS,
  CLAIM_COLUMNS,
  HISTORY_SQL,
  RANK_COLUMNS,
  RECOUNT_TALLY_SQL,
  REVISIONS_SQL,
  SOURCE_COLUMNS,
  insertRows,
  type Row,
} from "./archive-insert";
import { articleTitle, claimText, leadIn, seededRandom, sourceText, type Random } from "./archive-text";

export { ARCHIVE_TALKING_POINTS } from "./archive-words";

const ARTICLES_PER_CHUNK = 250;
const CHECKER_NAMES = ["Ana Ortiz", "Ben Carter", "Chloe Nakamura", "Dev Patel", "Elif Yilmaz", "Finn Murphy"];
const FIRST_DAY = Date.UTC(2023, 0, 2);
const DAY_MS = 86_400_000;
const ARCHIVE_DAYS = 1_400;

export interface ArchiveOptions {
  articles?: number;
  claims?: number;
  /** Also write each claim's audit trail (ClaimEvent rows). */
  history?: boolean;
}

export interface SeededArchive {
  articleIds: string[];
  claimIds: string[];
  /** The first archive fact-checker (every claim is made by one of six, reviewed by one editor). */
  userId: string;
}

export async function seedArchive(
  databaseUrl: string,
  { articles = 5_000, claims = 100_000, history = false }: ArchiveOptions = {},
): Promise<SeededArchive> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomBytes(3).toString("hex");
    const { checkerIds, editorId } = await insertUsers(client, tag);
    const random = seededRandom(20_170_302);
    const result: SeededArchive = { articleIds: [], claimIds: [], userId: checkerIds[0]! };
    const tables = [
      "Article",
      "ArticleClaimRank",
      "ArticleRevision",
      "Claim",
      "Source",
      ...(history ? ["ClaimEvent"] : []),
    ];
    await withBulkLoad(client, databaseUrl, tables, async () => {
      let claimIndex = 0;
      // The next chunk is built while PostgreSQL writes the last one.
      let writing: Promise<void> = Promise.resolve();
      for (let first = 0; first < articles; first += ARTICLES_PER_CHUNK) {
        const chunk: Chunk = { articles: [], claims: [], sources: [] };
        for (let a = first; a < Math.min(articles, first + ARTICLES_PER_CHUNK); a++) {
          // Claims spread evenly: the first (claims % articles) articles take one more.
          const count = Math.floor(claims / articles) + (a < claims % articles ? 1 : 0);
          const article = buildArticle(random, {
            tag,
            index: a,
            of: articles,
            count,
            claimIndex,
            checkerIds,
            editorId,
          });
          claimIndex += count;
          chunk.articles.push(article.row);
          chunk.claims.push(...article.claims);
          chunk.sources.push(...article.sources);
        }
        await writing;
        writing = writeChunk(client, chunk, history);
        result.articleIds.push(...chunk.articles.map((row) => row.id as string));
        result.claimIds.push(...chunk.claims.map((row) => row.id as string));
      }
      await writing;
    });
    await client.query(RECOUNT_TALLY_SQL);
    // VACUUM, not only ANALYZE: it sets the visibility map, so the list queries' index-only scans
    // skip the heap, and fresh statistics let the planner pick the right indexes from the first
    // query on.
    const counted = [...tables, "ClaimTally", "ClaimantName"];
    await client.query(`VACUUM ANALYZE ${counted.map((table) => `"${table}"`).join(", ")}`);
    return result;
  } finally {
    await client.end();
  }
}

interface Chunk {
  articles: Row[];
  claims: Row[];
  sources: Row[];
}

async function writeChunk(client: pg.Client, chunk: Chunk, history: boolean): Promise<void> {
  const articleIds = chunk.articles.map((row) => row.id);
  await insertRows(client, "Article", ARTICLE_COLUMNS, chunk.articles);
  const ranks: Row[] = chunk.articles.map((row) => ({
    articleId: row.id!,
    claimCount: row.lastClaimNumber!,
    createdAt: row.createdAt!,
  }));
  await insertRows(client, "ArticleClaimRank", RANK_COLUMNS, ranks);
  await client.query(REVISIONS_SQL, [articleIds]);
  await insertRows(client, "Claim", CLAIM_COLUMNS, chunk.claims);
  await insertRows(client, "Source", SOURCE_COLUMNS, chunk.sources);
  if (history) await client.query(HISTORY_SQL, [articleIds]);
}

async function insertUsers(client: pg.Client, tag: string) {
  const passwordHash = await hashPassword(`archive-${tag}`);
  const people = [
    ...CHECKER_NAMES.map((name, i) => ({ id: `arc${tag}u${i}`, name, role: "CHECKER" })),
    { id: `arc${tag}ed`, name: "Archive Editor", role: "EDITOR" },
  ];
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
     SELECT id, 'archive-' || $2 || '-' || id || '@example.org', name, $3, role::"Role", now()
     FROM unnest($1::text[], $4::text[], $5::text[]) AS u(id, name, role)`,
    [people.map((p) => p.id), tag, passwordHash, people.map((p) => p.name), people.map((p) => p.role)],
  );
  return { checkerIds: people.slice(0, -1).map((p) => p.id), editorId: people.at(-1)!.id };
}

function buildArticle(
  random: Random,
  input: {
    tag: string;
    index: number;
    of: number;
    count: number;
    claimIndex: number;
    checkerIds: string[];
    editorId: string;
  },
) {
  const id = `arc${input.tag}a${input.index}`;
  // Spread over ARCHIVE_DAYS in article order, so date filters cut the archive in proportion.
  const createdAt = FIRST_DAY + Math.floor(((input.index + random()) / input.of) * ARCHIVE_DAYS * DAY_MS);
  const author = input.checkerIds[input.index % input.checkerIds.length]!;
  const drafts = Array.from({ length: input.count }, (_, k) => {
    const status = pickStatus(random);
    const text = claimText(random, input.claimIndex + k, status !== "DRAFT" || random() < 0.5);
    return { status, text, lead: leadIn(random, text.claimant) };
  });
  // Paragraph k is "<lead-in><quote>."; the quote's offsets follow from the lengths before it.
  const paragraphs = drafts.map((d) => `${d.lead}${d.text.quote}.`);
  const contentText = paragraphs.join("\n\n");
  const claims: Row[] = [];
  const sources: Row[] = [];
  let offset = 0;
  drafts.forEach((draft, k) => {
    const start = offset + draft.lead.length;
    offset += paragraphs[k]!.length + 2;
    const { quote } = selectorsForRange(contentText, start, start + draft.text.quote.length);
    const claimId = `arc${input.tag}c${input.claimIndex + k}`;
    const checker = input.checkerIds[Math.floor(random() * input.checkerIds.length)]!;
    const at = new Date(createdAt + (k + 1) * 3_600_000).toISOString();
    const verdict = draft.text.rationale ? VERDICT_KEYS[Math.floor(random() * VERDICT_KEYS.length)]! : null;
    const reviewed = draft.status === "APPROVED" || draft.status === "CHANGES_REQUESTED";
    claims.push({
      id: claimId,
      articleId: id,
      number: k + 1,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      startOffset: start,
      endOffset: start + quote.exact.length,
      claimant: draft.text.claimant,
      verdict,
      rationale: draft.text.rationale,
      status: draft.status,
      verdictEditedById: verdict ? checker : null,
      submittedAt: draft.status === "DRAFT" ? null : at,
      reviewedById: reviewed ? input.editorId : null,
      reviewedAt: reviewed ? at : null,
      assigneeId: random() < 0.2 ? input.checkerIds[Math.floor(random() * input.checkerIds.length)]! : null,
      createdById: checker,
      updatedById: checker,
      createdAt: at,
      updatedAt: at,
    });
    const sourceCount = verdict ? 1 + Math.floor(random() * 2) : 0;
    for (let s = 0; s < sourceCount; s++) {
      const { title, publisher } = sourceText(random);
      sources.push({
        id: `${claimId}s${s}`,
        claimId,
        url: `https://example.org/archive/${input.claimIndex + k}/${s}`,
        title,
        publisher,
        stance: ["SUPPORTS", "REFUTES", "CONTEXT"][Math.floor(random() * 3)]!,
        addedById: checker,
        createdAt: at,
      });
    }
  });
  const { title, outlet } = articleTitle(random);
  const at = new Date(createdAt).toISOString();
  const row: Row = {
    id,
    title,
    outlet,
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(""),
    contentText,
    lastClaimNumber: input.count,
    createdById: author,
    createdAt: at,
    updatedAt: at,
  };
  return { row, claims, sources };
}

function pickStatus(random: Random): string {
  const r = random();
  if (r < 0.4) return "APPROVED";
  if (r < 0.55) return "IN_REVIEW";
  if (r < 0.6) return "CHANGES_REQUESTED";
  return "DRAFT";
}
