// One claim × revision of the re-anchoring corpus, and how a result is judged against it.
import { findOccurrences } from "@/lib/anchoring/quote-matches";
import { reanchorClaims, type ReanchorResult } from "@/lib/anchoring/reanchor";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { CORPUS, type CorpusName } from "@/lib/anchoring/testing/corpus";

export type Expected =
  | {
      status: "exact" | "fuzzy";
      /** The claim's words in the new revision. */
      text: string;
      /** A longer passage of the new revision that holds them once, when they occur more than once. */
      in?: string;
    }
  | { status: "orphaned" };

export interface ReanchorCase {
  name: string;
  corpus: CorpusName;
  /** Makes the old revision from the corpus text (a typo to fix later, say); the corpus text itself when absent. */
  before?: (text: string) => string;
  after: (old: string) => string;
  claim: string;
  /** Which occurrence of `claim` in the old revision, from 0. */
  occurrence?: number;
  expected: Expected;
}

/** What happened: the result's status, or "misplaced" when it landed on words other than the expected ones. */
export type Outcome = "exact" | "fuzzy" | "orphaned" | "misplaced";

export function runCase(testCase: ReanchorCase): { outcome: Outcome; result: ReanchorResult; newText: string } {
  const base = CORPUS[testCase.corpus];
  const oldText = testCase.before ? testCase.before(base) : base;
  const newText = testCase.after(oldText);
  const at = findOccurrences(oldText, testCase.claim)[testCase.occurrence ?? 0];
  if (at === undefined) throw new Error(`${testCase.name}: the claim is not in the old revision`);
  const { quote, position } = selectorsForRange(oldText, at, at + testCase.claim.length);
  const [result] = reanchorClaims(oldText, newText, [{ id: testCase.name, quote, position }]);
  return { outcome: judge(result!, newText, testCase.expected), result: result!, newText };
}

function judge(result: ReanchorResult, newText: string, expected: Expected): Outcome {
  if (result.status === "orphaned") return "orphaned";
  if (expected.status === "orphaned") return "misplaced";
  const container = expected.in ?? expected.text;
  const [containerAt, another] = findOccurrences(newText, container);
  if (containerAt === undefined || another !== undefined || !container.includes(expected.text)) {
    throw new Error(`"${container}" must hold "${expected.text}" and occur exactly once in the new revision`);
  }
  const start = containerAt + container.indexOf(expected.text);
  const onExpectedWords = result.start === start && result.end === start + expected.text.length;
  return onExpectedWords ? result.status : "misplaced";
}

/** Cases on one text of the corpus. */
export const onCorpus = (corpus: CorpusName, cases: Omit<ReanchorCase, "corpus">[]): ReanchorCase[] =>
  cases.map((c) => ({ ...c, corpus }));

export const exact = (text: string, container?: string): Expected => ({ status: "exact", text, in: container });
export const fuzzy = (text: string, container?: string): Expected => ({ status: "fuzzy", text, in: container });
export const orphaned: Expected = { status: "orphaned" };
