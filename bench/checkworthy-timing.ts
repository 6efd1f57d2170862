// Check-worthy suggestions: the scorer on a 10,000-word article, p50 and max of 20 runs (target
// ≤ 100 ms), and its precision and recall at the top 20% on the evaluation set. Pure code, no
// server: `npx tsx bench/checkworthy-timing.ts` prints the figures; benchCheckworthy() returns them.
import { suggestSentences } from "@/lib/checkworthy/suggest-sentences";
import { evaluateScorer, type EvaluationFigures } from "@/lib/checkworthy/evaluation/evaluate";
import { EVALUATION_SET } from "@/lib/checkworthy/evaluation/evaluation-set";
import { evaluationText } from "@/lib/checkworthy/evaluation/types";

export const CHECKWORTHY_BENCH = { words: 10_000, runs: 20, targetMs: 100 };

export interface CheckworthyBenchResult {
  words: number;
  sentences: number;
  p50Ms: number;
  maxMs: number;
  evaluation: EvaluationFigures;
}

export function benchCheckworthy(): CheckworthyBenchResult {
  const text = benchArticle();
  const words = text.split(/\s+/).length;
  // Warm-up: the first runs measure the JIT compiling the rules, not the rules.
  for (let i = 0; i < 3; i++) suggestSentences(text);
  const runsMs: number[] = [];
  let sentences = 0;
  for (let run = 0; run < CHECKWORTHY_BENCH.runs; run++) {
    const started = performance.now();
    sentences = suggestSentences(text).length;
    runsMs.push(performance.now() - started);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const ms = (n: number) => Math.round(n * 10) / 10;
  return {
    words,
    sentences,
    p50Ms: ms(sorted[Math.floor(sorted.length / 2)]!),
    maxMs: ms(sorted[sorted.length - 1]!),
    evaluation: evaluateScorer(EVALUATION_SET),
  };
}

/** The evaluation texts over and over, with their numbers shifted each time, to 10,000 words. */
export function benchArticle(): string {
  const base = EVALUATION_SET.map(evaluationText).join("\n\n");
  const parts: string[] = [];
  let words = 0;
  for (let round = 0; words < CHECKWORTHY_BENCH.words; round++) {
    const varied = base.replace(/\d+/g, (n) => String(Number(n) + round));
    parts.push(varied);
    words += varied.split(/\s+/).length;
  }
  return parts
    .join("\n\n")
    .split(/(\s+)/)
    .slice(0, CHECKWORTHY_BENCH.words * 2 - 1)
    .join("");
}

/** The lines npm run bench prints for (i). */
export function checkworthyLines(result: CheckworthyBenchResult): string[] {
  const { overall, suggested } = result.evaluation;
  return [
    `  suggestions for a ${result.words}-word article (${result.sentences} suggested): p50 ${result.p50Ms} ms, max ${result.maxMs} ms`,
    `  evaluation set (${overall.sentences} sentences, ${overall.worthy} check-worthy): top 20% precision ${overall.precision}, recall ${overall.recall} (at most ${overall.recallCeiling} possible)`,
    `  suggested (score ≥ threshold): ${suggested.taken} sentences, precision ${suggested.precision}, recall ${suggested.recall}`,
    ...result.evaluation.texts.map(
      (t) => `    ${t.id}: top ${t.taken} of ${t.sentences}, precision ${t.precision}, recall ${t.recall}`,
    ),
  ];
}

if (process.argv[1]?.endsWith("checkworthy-timing.ts")) {
  for (const line of checkworthyLines(benchCheckworthy())) console.log(line);
}
