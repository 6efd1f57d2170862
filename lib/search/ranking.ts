// How search results are ordered: one score per result, the weights in one place. Documented in
// docs/api.md ("Search"); server/search builds its SQL from these numbers.
//
// score = WORDS × ts_rank_cd(document, query, 32)        words: quote (A) > claimant (B) > rationale (C)
//       + SOURCES × ts_rank_cd(best source's document)   a claim found through a source's title or publisher
//       + SPELLING × word_similarity(query, text)        pg_trgm, 0..1: near spellings and name variants
// ts_rank_cd with normalization 32 is rank / (rank + 1), so every term lies in 0..1.
// Articles: WORDS × ts_rank_cd over the title (A) and outlet (B), + BODY when the text matched,
// + SPELLING × word_similarity(query, title). Their body is not ranked word by word: parsing a
// 300,000-character text per candidate would cost more than the whole search may.
export const SEARCH_WEIGHTS = {
  words: 1,
  sources: 0.5,
  spelling: 0.3,
  body: 0.05,
} as const;

/** The weights of ts_rank_cd for the labels D, C, B, A (PostgreSQL's own default, written out). */
export const LABEL_WEIGHTS = [0.1, 0.2, 0.4, 1] as const;

/**
 * word_similarity at or above this is a match: "Kisliak" against "Sergey Kislyak" scores 0.5
 * (pg_trgm's default, 0.6, misses it), while unrelated words stay well below.
 */
export const SPELLING_THRESHOLD = 0.5;

/**
 * The work one search may do, so it stays fast at any archive size: each way of matching looks at
 * no more than this many candidates (those found first in storage order), and only those are
 * ranked. When a limit is reached, the response says `totalCapped`.
 */
export const CANDIDATE_LIMITS = {
  claimWords: 200,
  claimSources: 100,
  /**
   * With filters (other than the article), the sources whose words match that are looked at for
   * claims passing the filters: the filters are the claims' columns, which no index of sources has.
   */
  claimSourcesLooked: 1000,
  claimSpelling: 50,
  articleWords: 50,
  articleSpelling: 25,
  /** Without words: the newest claims and articles matching the filters. */
  newest: 1000,
  /** The claimant filter and spelling way: the distinct names spelled like it, most claims first. */
  claimantNames: 50,
} as const;

/** Near-spelling lookups (pg_trgm) run only when the words themselves found fewer results than this. */
export const SPELLING_FALLBACK_BELOW = 20;
