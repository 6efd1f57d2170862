// "Already fact-checked" at archive scale: on the archive of prisma/seed/archive/archive-data.ts (100,000 claims
// over 5,000 articles), 100 new claims are made through the API in one new article, then
// GET /api/claims/:id/matches is timed for each, as the claim panel asks when a claim opens.
// The new quotes are a third verbatim archive quotes, a third lightly edited ones and a third the
// archive's repeated talking points (the most candidates per query: the worst case).
import pg from "pg";
import { ARCHIVE_TALKING_POINTS } from "@/prisma/seed/archive/archive-data";
import type { Session } from "./session";

export const MATCH_BENCH = { newClaims: 100, warmup: 5, targetMs: 200 } as const;

export interface MatchTiming {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  runs: number;
  /** How many of the new claims got a strong match, only possible ones, or none. */
  tiers: { strong: number; possible: number; none: number };
}

type Json = Record<string, unknown>;

async function call(baseUrl: string, session: Session, method: "GET" | "POST", path: string, body?: unknown) {
  const started = performance.now();
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      cookie: session.cookieHeader,
      origin: baseUrl,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return { ms: performance.now() - started, json: JSON.parse(text) as Json };
}

/** Quotes from every thousandth archive claim, in three kinds (see the header). */
export async function newQuotes(databaseUrl: string, archiveClaimIds: readonly string[]): Promise<string[]> {
  const step = Math.max(1, Math.floor(archiveClaimIds.length / MATCH_BENCH.newClaims));
  const picked = archiveClaimIds.filter((_, i) => i % step === 0).slice(0, MATCH_BENCH.newClaims);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ exact: string }>(`SELECT "exact" FROM "Claim" WHERE "id" = ANY($1) ORDER BY "id"`, [picked])
    .finally(() => client.end());
  const points = ARCHIVE_TALKING_POINTS.flat();
  const quotes = rows.map(({ exact }, i) => {
    if (i % 3 === 0) return exact;
    if (i % 3 === 1) return `${exact.split(" ").slice(1).join(" ")} again`;
    return `${points[i % points.length]!} as she said it ${i} times`;
  });
  return [...new Set(quotes)];
}

/** Creates the new claims (outside the timing), then times each one's matches. */
export async function timeMatches(
  baseUrl: string,
  session: Session,
  databaseUrl: string,
  archiveClaimIds: readonly string[],
): Promise<MatchTiming> {
  const quotes = await newQuotes(databaseUrl, archiveClaimIds);
  const { json } = await call(baseUrl, session, "POST", "/api/articles", {
    title: "Matching bench: new claims",
    format: "text",
    body: quotes.map((q) => `The speaker said ${q}.`).join("\n\n"),
  });
  const articleId = (json.article as { id: string }).id;
  const claimIds: string[] = [];
  for (const exact of quotes) {
    const created = await call(baseUrl, session, "POST", `/api/articles/${articleId}/claims`, {
      target: { selector: [{ type: "TextQuoteSelector", exact, prefix: "The speaker said " }] },
    });
    claimIds.push((created.json.claim as { id: string }).id);
  }

  for (const id of claimIds.slice(0, MATCH_BENCH.warmup))
    await call(baseUrl, session, "GET", `/api/claims/${id}/matches`);
  const runsMs: number[] = [];
  const tiers = { strong: 0, possible: 0, none: 0 };
  for (const id of claimIds) {
    const { ms, json: body } = await call(baseUrl, session, "GET", `/api/claims/${id}/matches`);
    runsMs.push(ms);
    const found = (body.matches as { tier: string }[]).map((m) => m.tier);
    tiers[found.includes("strong") ? "strong" : found.length > 0 ? "possible" : "none"]++;
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: Math.round(sorted.at(-1)!), runs: runsMs.length, tiers };
}
