import { z } from "zod";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { SEARCH_MAX_PAGE, SEARCH_QUERY_MAX } from "@/lib/search/search-results";
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
    page: queryParam(
      z.coerce
        .number("The page must be a number.")
        .int("The page must be a whole number.")
        .min(1, "Pages start at 1.")
        .max(SEARCH_MAX_PAGE, `Only the first ${SEARCH_MAX_PAGE} pages can be shown: add words or filters.`),
    ),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "To must be on or after From.",
    path: ["to"],
  });

export type SearchQuery = z.output<typeof SearchQuery>;

/** Filters that only claims have: with any of them, articles are not listed. */
export function hasClaimOnlyFilter(query: SearchQuery): boolean {
  return Boolean(query.status || query.verdict || query.claimant || query.checker || query.assignee);
}
