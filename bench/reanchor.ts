// Re-anchoring speed: 500 claims on a 10,000-word article after a revision with 50 scattered
// edits (target ≤ 200 ms, p50 of 5 runs). Pure code, no server: `npx tsx bench/reanchor.ts`
// prints the figure; benchReanchor() returns it for bench/run.ts.
import { reanchorClaims, type AnchorInput } from "@/lib/anchoring/reanchor";
import { selectorsForRange } from "@/lib/anchoring/selectors";

export const REANCHOR_BENCH = { words: 10_000, claims: 500, edits: 50, runs: 5, targetMs: 200 };

export interface ReanchorBenchResult {
  p50Ms: number;
  runsMs: number[];
  counts: { exact: number; moved: number; fuzzy: number; orphaned: number };
}

export function benchReanchor(): ReanchorBenchResult {
  const { oldText, newText, claims } = benchRevision();
  const runsMs: number[] = [];
  let results = reanchorClaims(oldText, newText, claims);
  for (let run = 0; run < REANCHOR_BENCH.runs; run++) {
    const started = performance.now();
    results = reanchorClaims(oldText, newText, claims);
    runsMs.push(Math.round((performance.now() - started) * 10) / 10);
  }
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const result of results) {
    counts[result.status]++;
    if (result.status === "exact" && result.moved) counts.moved++;
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { p50Ms: sorted[Math.floor(sorted.length / 2)]!, runsMs, counts };
}

const VOCABULARY = (
  "the minister said that spending on schools rose by percent last year while crime fell in most regions " +
  "according to official figures released on tuesday but critics noted numbers excluded several cities and " +
  "unemployment among young people had doubled since election senator governor mayor report claimed denied " +
  "confirmed billion million budget tax health hospital police border trade deal vaccine climate emissions " +
  "energy prices wages housing rent inflation court ruling appeal judge jury witness evidence statement " +
  "spokesman office agency committee hearing testimony investigation documents records sources officials " +
  "interview campaign vote poll survey analysis data study researchers university scientists experts"
).split(" ");

/** A deterministic article, claims spread through it, and the same article after 50 scattered edits. */
export function benchRevision(): { oldText: string; newText: string; claims: AnchorInput[] } {
  const { words, claims: claimCount, edits } = REANCHOR_BENCH;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const tokens = Array.from({ length: words }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  const oldText = tokens
    .map((word, i) => (i > 0 && i % 120 === 0 ? `\n\n${word}` : i % 15 === 14 ? `${word}.` : word))
    .join(" ")
    .replace(/ \n\n/g, "\n\n");

  const offsets = [...oldText.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const stride = Math.floor(words / claimCount);
  const claims = Array.from({ length: claimCount }, (_, i) => {
    const first = i * stride;
    const last = Math.min(words - 1, first + 3 + (i % 9));
    const { quote, position } = selectorsForRange(oldText, offsets[first]!.start, offsets[last]!.end);
    return { id: `claim-${i}`, quote, position };
  });

  // Every 200th word: replaced, preceded by two new words, or deleted, in turn (edited from the
  // end so that earlier offsets hold).
  let newText = oldText;
  for (let e = edits - 1; e >= 0; e--) {
    const word = offsets[e * Math.floor(words / edits) + 7]!;
    const replacement = ["revised", "newly added " + oldText.slice(word.start, word.end), ""][e % 3]!;
    const end = replacement === "" ? word.end + 1 : word.end;
    newText = newText.slice(0, word.start) + replacement + newText.slice(end);
  }
  return { oldText, newText, claims };
}

if (require.main === module) {
  const { p50Ms, runsMs, counts } = benchReanchor();
  const { words, claims, edits, targetMs } = REANCHOR_BENCH;
  console.log(
    `Re-anchor ${claims} claims, ${words.toLocaleString("en")} words, ${edits} edits: p50 ${p50Ms} ms ` +
      `(runs ${runsMs.join(" / ")} ms; target ≤ ${targetMs} ms: ${p50Ms <= targetMs ? "PASS" : "FAIL"})`,
  );
  console.log(`  ${counts.exact} exact (${counts.moved} moved), ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned`);
}
