"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { Suggestion } from "@/lib/checkworthy/suggest-sentences";
import { scoreInWords } from "@/lib/checkworthy/score-words";
import { textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";
import { ApiError, apiRequest } from "@/components/api-client";
import type { TextRange } from "@/components/editor/article-reader";
import type { SuggestionRange } from "@/components/editor/suggestion-highlights";
import { useSuggestToggle } from "@/components/suggestions/use-suggest-toggle";

interface SuggestionsOptions {
  articleId: string;
  index: TextIndex;
  revision: number;
  /** Where the article's claims are now: a suggestion they overlap is gone. */
  claimRanges: (TextRange | null)[];
  /** The desk's own add-claim path (components/claims/use-add-claim.ts). */
  createClaim: (range: TextRange) => Promise<void>;
  announce: (message: string) => void;
  setFailure: (message: string | null) => void;
}

/** The "Suggest claims" layer: fetched when turned on, drawn in the text and listed beside it. */
export function useSuggestions(options: SuggestionsOptions) {
  const { articleId, index, revision, claimRanges, createClaim, announce, setFailure } = options;
  const [on, setOn] = useSuggestToggle();
  const [fetched, setFetched] = useState<Suggestion[] | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    if (!on) return;
    let current = true;
    apiRequest<{ suggestions: Suggestion[] }>("GET", `/api/articles/${articleId}/suggestions`)
      .then(({ suggestions }) => {
        if (!current) return;
        setFetched(suggestions);
        setDismissed(new Set());
        announce(`${suggestions.length} suggested ${suggestions.length === 1 ? "claim" : "claims"}.`);
      })
      .catch((error: unknown) => {
        if (current && error instanceof ApiError) setFailure(error.message);
      });
    return () => {
      current = false;
    };
  }, [on, articleId, revision, announce, setFailure]);

  const suggestions = useMemo(
    () =>
      on && fetched
        ? fetched.filter(
            (s) => !dismissed.has(s.start) && !claimRanges.some((r) => r && r.start < s.end && r.end > s.start),
          )
        : [],
    [on, fetched, dismissed, claimRanges],
  );

  const ranges = useMemo<SuggestionRange[]>(
    () =>
      suggestions.map((s) => ({
        key: s.start,
        from: textOffsetToDocPos(index, s.start, "start"),
        to: textOffsetToDocPos(index, s.end, "end"),
        label: `Suggested claim: ${scoreInWords(s.score)}`,
      })),
    [suggestions, index],
  );

  const makeClaim = useCallback((s: Suggestion) => createClaim({ start: s.start, end: s.end }), [createClaim]);

  const dismiss = useCallback(
    async (s: Suggestion) => {
      setFailure(null);
      try {
        await apiRequest("POST", `/api/articles/${articleId}/suggestions/dismiss`, {
          start: s.start,
          end: s.end,
          text: s.text,
        });
        setDismissed((all) => new Set(all).add(s.start));
        announce(`Suggestion dismissed: “${s.text.slice(0, 60)}”.`);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        setFailure(error.message);
      }
    },
    [articleId, announce, setFailure],
  );

  return { on, setOn, loading: on && fetched === null, suggestions, ranges, makeClaim, dismiss };
}
