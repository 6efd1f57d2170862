import type { ReasonKind } from "@/lib/checkworthy/reasons";
import { scoreSentence } from "@/lib/checkworthy/score-sentence";
import { SUGGESTION_THRESHOLD } from "@/lib/checkworthy/suggest-sentences";
import { sentencesOf, type EvaluationText } from "@/lib/checkworthy/evaluation/types";

/** The share of a text's sentences the scorer's top picks are judged on. */
export const TOP_SHARE = 0.2;

export interface RankingFigures {
  sentences: number;
  worthy: number;
  /** How many top-scored sentences were taken: ceil(20% of the sentences). */
  taken: number;
  hits: number;
  precision: number;
  recall: number;
  /** The best recall possible when only `taken` sentences count: min(taken, worthy) / worthy. */
  recallCeiling: number;
}

export interface ReasonMiss {
  textId: string;
  sentence: string;
  missing: ReasonKind;
}

export interface EvaluationFigures {
  texts: ({ id: string } & RankingFigures)[];
  /** Summed over the texts, each ranked on its own (as each article is). */
  overall: RankingFigures;
  /** What the desk actually shows: every sentence at or above SUGGESTION_THRESHOLD. */
  suggested: { taken: number; hits: number; precision: number; recall: number };
  reasons: { expected: number; found: number; share: number; misses: ReasonMiss[] };
}

/** Precision and recall at the top 20% of each text's sentences, and how many annotated reasons fire. */
export function evaluateScorer(texts: EvaluationText[]): EvaluationFigures {
  const perText = texts.map((text) => {
    const scored = sentencesOf(text).map((s, i) => ({ ...s, i, ...scoreSentence(s.text) }));
    const taken = Math.ceil(scored.length * TOP_SHARE);
    const top = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, taken);
    const hits = top.filter((s) => s.worthy).length;
    const worthy = scored.filter((s) => s.worthy).length;
    const misses: ReasonMiss[] = [];
    let expected = 0;
    for (const s of scored) {
      for (const kind of annotated(text, s.i)) {
        expected++;
        if (!s.reasons.some((r) => r.kind === kind)) misses.push({ textId: text.id, sentence: s.text, missing: kind });
      }
    }
    const suggested = scored.filter((s) => s.score >= SUGGESTION_THRESHOLD);
    const suggestedHits = suggested.filter((s) => s.worthy).length;
    return {
      id: text.id,
      figures: ranking(scored.length, worthy, taken, hits),
      suggested: { taken: suggested.length, hits: suggestedHits },
      expected,
      misses,
    };
  });
  const sum = (pick: (f: RankingFigures) => number) => perText.reduce((n, t) => n + pick(t.figures), 0);
  const expected = perText.reduce((n, t) => n + t.expected, 0);
  const misses = perText.flatMap((t) => t.misses);
  return {
    texts: perText.map((t) => ({ id: t.id, ...t.figures })),
    overall: ranking(
      sum((f) => f.sentences),
      sum((f) => f.worthy),
      sum((f) => f.taken),
      sum((f) => f.hits),
    ),
    suggested: atThreshold(
      perText.reduce((n, t) => n + t.suggested.taken, 0),
      perText.reduce((n, t) => n + t.suggested.hits, 0),
      sum((f) => f.worthy),
    ),
    reasons: {
      expected,
      found: expected - misses.length,
      share: round(expected ? (expected - misses.length) / expected : 1),
      misses,
    },
  };
}

function atThreshold(taken: number, hits: number, worthy: number) {
  return { taken, hits, precision: round(taken ? hits / taken : 0), recall: round(worthy ? hits / worthy : 0) };
}

function ranking(sentences: number, worthy: number, taken: number, hits: number): RankingFigures {
  return {
    sentences,
    worthy,
    taken,
    hits,
    precision: round(taken ? hits / taken : 0),
    recall: round(worthy ? hits / worthy : 0),
    recallCeiling: round(worthy ? Math.min(taken, worthy) / worthy : 0),
  };
}

const annotated = (text: EvaluationText, i: number): ReasonKind[] => sentencesOf(text)[i]?.reasons ?? [];

const round = (n: number) => Math.round(n * 1000) / 1000;
