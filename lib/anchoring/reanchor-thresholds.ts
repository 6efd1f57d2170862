/**
 * Every number that decides whether a claim follows its words into a new revision, in one place.
 * They were set on the corpus in lib/anchoring/testing/ (see lib/anchoring/README.md): each is the
 * loosest value at which no corpus or property case lands on other words.
 */
export const REANCHOR_THRESHOLDS = {
  /**
   * Words found elsewhere (moved) need this much evidence: (quote length + stored context that
   * still continues unbroken on either side) ÷ (quote length + stored context length). 0.5 lets a
   * moved paragraph take along a claim that starts or ends it (one side of its context moved with
   * it) and a verbatim passage of 60+ characters on its own, but not a few coincidental words.
   */
  minMovedEvidence: 0.5,
  /**
   * Words changed a little: the candidate must keep this much of the quote (1 − edit distance ÷
   * longer length). 0.6 accepts "25" → "twenty-five" in a phrase of four words or more, a typo or
   * quote-style fix anywhere; it refuses "Robin" → "Elisa" (hypothesis/h#2798) and rewrites.
   */
  minQuoteSimilarity: 0.6,
  /**
   * Weights of the fuzzy score: the quote, its 32-character context, and the diff's agreement (the
   * share of the claim's old characters the diff says are still inside the candidate; 0 for text
   * found elsewhere). The quote counts most, as in Hypothesis' match-quote; the diff's share is what
   * keeps a lookalike sentence that was already in the article from capturing a claim.
   */
  weights: { quote: 0.5, context: 0.3, diff: 0.2 },
  /**
   * The fuzzy score a candidate needs. 0.7 is reached by a light edit in place (quote ≥ 0.6 with
   * context and diff agreeing) but not by the same words found in unrelated text: an exact quote with
   * no diff support and foreign context scores at most about 0.5 + 0.3 × 0.5.
   */
  minScore: 0.7,
  /**
   * The best candidate must beat the runner-up (the best one that does not overlap it) by this much,
   * or the claim is orphaned: two lookalike passages are a question for a person, not a guess.
   */
  minMargin: 0.1,
} as const;
