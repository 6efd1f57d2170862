// Test helpers shared by the anchoring suites.
import { findOccurrences } from "@/lib/anchoring/quote-matches";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import type { ClaimSelectors } from "@/lib/anchoring/types";
import { importArticleBody } from "@/lib/article/import-body";
import { SEED_ARTICLE_TEXT } from "@/lib/article/testing/fixtures";

/** The seed article's contentText, as the server stores it. */
export const SEED = importArticleBody({ format: "text", body: SEED_ARTICLE_TEXT }).contentText;

/** Selectors for the `occurrence`-th appearance of `phrase` in `text`. */
export function claimOn(text: string, phrase: string, occurrence = 0): ClaimSelectors {
  const start = findOccurrences(text, phrase)[occurrence];
  if (start === undefined) throw new Error(`"${phrase}" does not occur ${occurrence + 1} times`);
  return selectorsForRange(text, start, start + phrase.length);
}
