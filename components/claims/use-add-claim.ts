"use client";

import { useCallback, useState, type Dispatch, type SetStateAction } from "react";
import type { TextIndex } from "@/lib/article/text-index";
import { selectorsForRange, trimRange } from "@/lib/anchoring/selectors";
import type { ClaimView } from "@/lib/claims/claim-view";
import { ApiError, apiRequest } from "@/components/api-client";
import type { TextRange } from "@/components/editor/article-reader";
import type { ListedClaim } from "@/components/claims/claim-list";
import { setClaimInUrl } from "@/components/claims/claim-url";

export interface DuplicateOf {
  claimId: string;
  number: number;
}

interface AddClaimOptions {
  articleId: string;
  index: TextIndex;
  listed: ListedClaim[];
  selection: TextRange | null;
  setSelection: (range: TextRange | null) => void;
  setClaims: Dispatch<SetStateAction<ClaimView[]>>;
  setDuplicateOf: (duplicate: DuplicateOf | null) => void;
  /** Opens the new claim with its fields focused. */
  openNewClaim: (claimId: string) => void;
  announce: (message: string) => void;
  setFailure: (message: string | null) => void;
}

/**
 * Turning the selected passage into a claim: refuses an empty selection, asks before a second
 * claim on the same words, and opens the new claim once the server has stored it.
 */
export function useAddClaim(options: AddClaimOptions) {
  const { articleId, index, listed, selection, setSelection, setClaims, setDuplicateOf } = options;
  const { openNewClaim, announce, setFailure } = options;
  const [adding, setAdding] = useState(false);

  const createClaim = useCallback(
    async (range: TextRange) => {
      const { quote, position } = selectorsForRange(index.text, range.start, range.end);
      setAdding(true);
      setDuplicateOf(null);
      try {
        const { claim } = await apiRequest<{ claim: ClaimView }>("POST", `/api/articles/${articleId}/claims`, {
          target: { selector: [quote, position] },
        });
        // The live stream may have brought it already, ahead of this answer.
        setClaims((all) => (all.some((c) => c.id === claim.id) ? all : [...all, claim]));
        setSelection(null);
        openNewClaim(claim.id);
        setClaimInUrl(claim.number);
        announce(`Claim ${claim.number} added: “${claim.target.selector[0].exact}”.`);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        setFailure(error.message);
      } finally {
        setAdding(false);
      }
    },
    [articleId, index, openNewClaim, announce, setFailure, setClaims, setSelection, setDuplicateOf],
  );

  const addClaim = useCallback(
    async (current: TextRange | null = selection) => {
      setFailure(null);
      const range = current && trimRange(index.text, current.start, current.end);
      if (!range || range.end <= range.start) {
        setFailure("Select a passage of the article first, then add the claim.");
        return;
      }
      // The same words twice is almost always a slip: ask before making a second claim on them.
      const same = listed.find((c) => c.range?.start === range.start && c.range?.end === range.end);
      if (same) {
        setSelection(current);
        setDuplicateOf({ claimId: same.claim.id, number: same.number });
      } else await createClaim(range);
    },
    [createClaim, index, listed, selection, setFailure, setSelection, setDuplicateOf],
  );

  return { adding, addClaim, createClaim };
}
