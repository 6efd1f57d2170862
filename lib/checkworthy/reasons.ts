/** The six signs of a checkable factual claim, as issue 11 names them. */
export type ReasonKind = "statistic" | "comparison" | "attribution" | "causal" | "time" | "entity";

/** Why a sentence was suggested: one rule that fired, with the words that made it fire. */
export interface Reason {
  kind: ReasonKind;
  /** Short and human: "Has a statistic: 40 percent". */
  label: string;
  /** How much this rule adds to the score (0..1); reasons are listed strongest first. */
  weight: number;
  /** The words in the sentence the rule matched. */
  evidence: string;
}

/** Signs that a sentence is not a checkable claim; each multiplies the score down. */
export type PenaltyKind = "question" | "opinion" | "prediction" | "short";

export interface Penalty {
  kind: PenaltyKind;
  label: string;
  /** The score is multiplied by this (0..1). */
  factor: number;
}

export const REASON_WEIGHTS: Record<ReasonKind, number> = {
  statistic: 0.5,
  causal: 0.35,
  comparison: 0.3,
  attribution: 0.3,
  time: 0.25,
  entity: 0.2,
};

export const PENALTY_FACTORS: Record<PenaltyKind, number> = {
  question: 0.35,
  opinion: 0.55,
  prediction: 0.7,
  short: 0.5,
};

/** Ties between equal weights are listed in this order, so reasons always come out the same. */
export const REASON_ORDER: ReasonKind[] = ["statistic", "causal", "comparison", "attribution", "time", "entity"];
