import { z } from "zod";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { CursorParam, limitParam } from "@/lib/pagination/cursor";
import { SEARCH_MAX_LIMIT, SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX } from "@/lib/search/search-results";
import { VERDICT_KEYS } from "@/lib/verdicts";
import { queryParam } from "@/lib/validation/query-param";
import { text } from "@/lib/validation/text";

const id = (label: string) => text(label).trim().max(100, `${label} is too long.`);

// A calendar day in UTC; `to` includes its whole day.
const day = (label: string) =>
  text(label)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written YYYY-MM-DD.`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `${label} is not a calendar date.`);

export const SearchQuery = z
  .object({
    q: queryParam(
      text("The search")
        .trim()
        .max(SEARCH_QUERY_MAX, `A search is at most ${SEARCH_QUERY_MAX} characters.`)
        .transform((value) => value.replace(/\s+/g, " ")),
    ),
    type: queryParam(z.enum(["claim", "article"], "Choose claim or article.")),
    status: queryParam(
      z.enum(CLAIM_STATUSES as [ClaimStatus, ...ClaimStatus[]], `Choose a status: ${CLAIM_STATUSES.join(", ")}.`),
    ),
    verdict: queryParam(z.enum(VERDICT_KEYS, `Choose a verdict from the scale: ${VERDICT_KEYS.join(", ")}.`)),
    /** Who made the claim, tolerant of spelling (pg_trgm word similarity). */
    claimant: queryParam(text("Claimant").trim().max(300, "Claimant is at most 300 characters.")),
    checker: queryParam(id("The checker")),
    assignee: queryParam(id("The assignee")),
    article: queryParam(id("The article")),
    from: queryParam(day("From")),
    to: queryParam(day("To")),
    cursor: CursorParam,
    limit: limitParam(SEARCH_MAX_LIMIT).transform((limit) => limit ?? SEARCH_PAGE_SIZE),
    // Search paged by number until the lists converged on cursors: an old client's page=2 is told
    // so, rather than silently shown the first page again.
    page: z.undefined("Search pages by cursor: pass the previous page's nextCursor as cursor.").optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "To must be on or after From.",
    path: ["to"],
  });

export type SearchQuery = z.output<typeof SearchQuery>;
/** What the candidates are found by: the words and filters, without the page asked for. */
export type SearchFilters = Omit<SearchQuery, "cursor" | "limit" | "page">;

/** Any filter on claims (the claim-only ones, the article, the dates). */
export function hasClaimFilter(query: SearchFilters): boolean {
  return hasClaimOnlyFilter(query) || Boolean(query.article || query.from || query.to);
}

/** Filters that only claims have: with any of them, articles are not listed. */
export function hasClaimOnlyFilter(query: SearchFilters): boolean {
  return Boolean(query.status || query.verdict || query.claimant || query.checker || query.assignee);
}
