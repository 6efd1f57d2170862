import { afterAll, describe, expect, it } from "vitest";

import { PROSE_CASES } from "@/lib/anchoring/testing/cases-prose";
import { SPEECH_CASES } from "@/lib/anchoring/testing/cases-speeches";
import { runCase, type Outcome } from "@/lib/anchoring/testing/reanchor-case";

const CASES = [...SPEECH_CASES, ...PROSE_CASES];
const counts: Record<Outcome, number> = { exact: 0, fuzzy: 0, orphaned: 0, misplaced: 0 };

describe("re-anchoring corpus", () => {
  afterAll(() => {
    console.log(
      `re-anchoring corpus, ${CASES.length} claim × revision cases: ` +
        `${counts.exact} exact, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned, ${counts.misplaced} misplaced`,
    );
  });

  it("has at least 60 cases, each with a unique name", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => `${c.corpus}: ${c.name}`)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [`${c.corpus}: ${c.name}`, c] as const))("%s", (_name, testCase) => {
    const { outcome, result } = runCase(testCase);
    counts[outcome]++;
    expect(outcome, JSON.stringify(result)).not.toBe("misplaced");
    expect(outcome, JSON.stringify(result)).toBe(testCase.expected.status);
  });
});
