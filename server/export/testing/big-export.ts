// A long article for the timing checks of the binary exports, shaped like the bench's: 10,000
// words of deterministic prose from a small vocabulary (so words recur, as in real text), 500
// claims spread through it, every tenth nested in the one before, two sources each.
import type { ExportDocument } from "@/lib/export/model";
import { buildExportDocument, type ClaimSpec } from "@/lib/export/testing/fixtures";

const VOCABULARY = (
  "the minister said that spending on schools rose by percent last year while crime fell in most regions according to " +
  "official figures released on tuesday but critics noted numbers excluded several cities unemployment among young " +
  "people had doubled since election senator governor report claimed denied confirmed billion budget tax health"
).split(" ");

export function bigExport(words = 10_000, claimCount = 500): ExportDocument {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const tokens = Array.from({ length: words }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  const paragraphs = Array.from(
    { length: Math.ceil(words / 120) },
    (_, p) => `${tokens.slice(p * 120, (p + 1) * 120).join(" ")}.`,
  );
  const body = paragraphs.join("\n\n");
  // Where each word starts in the body, to tell which occurrence of a repeated quote a claim is.
  const starts: number[] = [];
  for (const m of body.matchAll(/[^\s.]+/g)) starts.push(m.index);
  const stride = Math.floor(words / claimCount);
  const claims: ClaimSpec[] = Array.from({ length: claimCount }, (_, i) => {
    const first = i % 10 === 9 ? (i - 1) * stride + 1 : i * stride;
    const last = i % 10 === 9 ? first + 1 : first + 3 + (i % 9);
    const quote = tokens.slice(first, last + 1).join(" ");
    let occurrence = 0;
    for (let at = body.indexOf(quote); at >= 0 && at < starts[first]!; at = body.indexOf(quote, at + 1)) occurrence++;
    return {
      quote,
      occurrence,
      claimant: `Speaker ${i % 17}`,
      verdict: ["true", "false", "mixed", "misleading", "unsupported"][i % 5]!,
      rationale: `Rationale for claim ${i + 1}: what the records show, in a sentence or two that wraps onto a second line.`,
      status: i % 2 === 0 ? "APPROVED" : "IN_REVIEW",
      sources: [
        {
          url: `https://example.org/source/${i}`,
          title: `Official figures ${i}`,
          publisher: "Example Press",
          stance: "SUPPORTS",
        },
        { url: `https://example.net/report/${i}`, title: `Critics' report ${i}`, stance: "REFUTES" },
      ],
    };
  });
  return {
    ...buildExportDocument({ title: `${words.toLocaleString("en")} words, ${claimCount} claims`, body, claims }),
    scope: "all",
  };
}
