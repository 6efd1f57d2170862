import { findPenalties } from "@/lib/checkworthy/penalties";
import { REASON_ORDER, type Penalty, type Reason, type ReasonKind } from "@/lib/checkworthy/reasons";
import {
  findAttribution,
  findCausal,
  findComparison,
  findEntity,
  findStatistic,
  findTime,
  truncate,
  type RuleMatch,
} from "@/lib/checkworthy/rules";

export interface SentenceScore {
  /** 0..1: how likely the sentence carries a checkable factual claim. */
  score: number;
  /** Strongest first. */
  reasons: Reason[];
  penalties: Penalty[];
}

const RULES = [findStatistic, findCausal, findComparison, findAttribution, findTime, findEntity];

const LABELS: Record<ReasonKind, string> = {
  statistic: "Has a statistic",
  causal: "States a cause or trend",
  comparison: "Makes a comparison",
  attribution: "Attributed to someone",
  time: "Pinned to a time",
  entity: "Names a person or body",
};

/**
 * Each rule that fires is independent evidence, combined as a noisy-or: 1 − Π(1 − weight), so
 * more reasons always raise the score and it never passes 1. Penalties then multiply it down.
 */
export function scoreSentence(sentence: string): SentenceScore {
  const matches = RULES.map((rule) => rule(sentence)).filter((m): m is RuleMatch => m !== null);
  const reasons = matches
    .map((m) => ({
      kind: m.kind,
      weight: m.weight,
      evidence: m.evidence,
      label: `${LABELS[m.kind]}: ${truncate(m.evidence, 40)}`,
    }))
    .sort((a, b) => b.weight - a.weight || REASON_ORDER.indexOf(a.kind) - REASON_ORDER.indexOf(b.kind));
  const penalties = findPenalties(sentence);
  const evidence = 1 - reasons.reduce((rest, r) => rest * (1 - r.weight), 1);
  const score = penalties.reduce((s, p) => s * p.factor, evidence);
  return { score: Math.round(score * 1000) / 1000, reasons, penalties };
}
