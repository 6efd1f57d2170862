// Search at scale: ~200 varied searches through GET /api/search on the bench app, against the
// archive of prisma/seed/archive/archive-data.ts (seedArchive: 100,000 claims over 5,000 articles), one at a
// time, after a short warm-up. Target: p95 ≤ 100 ms.
import {
  ARCHIVE_TALKING_POINTS,
  CLAIMANTS,
  GROUPS,
  METRICS,
  PLACES,
  PUBLISHERS,
  TOPICS,
} from "@/prisma/seed/archive/archive-words";
import { seededRandom } from "@/prisma/seed/archive/archive-text";
import type { Session } from "./session";
import { timeSequentially, type RequestTiming } from "./sequential-timing";

export const SEARCH_BENCH = { searches: 200 };

const misspell = (name: string, random: () => number) => {
  const at = 1 + Math.floor(random() * (name.length - 2));
  return name.slice(0, at) + name.slice(at + 1, at + 2) + name.slice(at, at + 1) + name.slice(at + 2);
};

/** The query strings, deterministic: words and phrases from the archive, misspelled names, filters. */
export function searchBenchQueries(count = SEARCH_BENCH.searches): string[] {
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const kinds: (() => Record<string, string>)[] = [
    () => ({ q: pick(METRICS) }),
    () => ({ q: `${pick(TOPICS)} ${pick(PLACES)}` }),
    () => ({ q: `"${pick(pick(ARCHIVE_TALKING_POINTS)).split(" ").slice(1, 5).join(" ")}"` }),
    () => ({ q: misspell(pick(CLAIMANTS).split(" ").at(-1)!, random) }),
    () => ({ q: pick(CLAIMANTS) }),
    () => ({ q: pick(PUBLISHERS) }),
    () => ({ q: pick(GROUPS), status: pick(["APPROVED", "IN_REVIEW", "DRAFT"]) }),
    () => ({ q: pick(TOPICS), verdict: pick(["false", "true", "misleading"]) }),
    () => ({ q: pick(METRICS), from: "2024-01-01", to: "2024-12-31" }),
    () => ({ claimant: pick(CLAIMANTS), type: "claim" }),
    () => ({ q: pick(TOPICS), cursor: SECOND_PAGE }),
  ];
  return Array.from({ length: count }, (_, i) => new URLSearchParams(kinds[i % kinds.length]!()).toString());
}

/** Stands for the first page's nextCursor in a query of searchBenchQueries, until withCursors reads it. */
const SECOND_PAGE = "second-page";

/**
 * The queries with every SECOND_PAGE replaced by the real cursor (read, untimed, from the same
 * search's first page); one without a second page is asked as its first.
 */
export async function withCursors(
  queries: string[],
  get: (query: string) => Promise<{ nextCursor?: string | null }>,
): Promise<string[]> {
  const resolved: string[] = [];
  for (const query of queries) {
    const params = new URLSearchParams(query);
    if (params.get("cursor") !== SECOND_PAGE) {
      resolved.push(query);
      continue;
    }
    params.delete("cursor");
    const { nextCursor } = await get(params.toString());
    if (nextCursor) params.set("cursor", nextCursor);
    resolved.push(params.toString());
  }
  return resolved;
}

/** The bench case: every query through GET /api/search on the running app, signed in. */
export async function timeSearches(baseUrl: string, session: Session): Promise<RequestTiming> {
  const get = async (query: string) => {
    const response = await fetch(`${baseUrl}/api/search?${query}`, { headers: { cookie: session.cookieHeader } });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET /api/search?${query}: ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as { nextCursor: string | null };
  };
  return timeSequentially(await withCursors(searchBenchQueries(), get), get);
}
