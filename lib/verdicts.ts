// The default verdict scale. Keys are what the database stores and the API sends; the first five
// are ordinal (5 = true … 1 = false), which ClaimReview's ratingValue needs. The database CHECK
// constraint in prisma/migrations/*_init lists the same keys.
export const VERDICTS = [
  { key: "true", label: "True", symbol: "✓", ordinal: 5, description: "Accurate, nothing significant missing." },
  {
    key: "mostly_true",
    label: "Mostly true",
    symbol: "◔",
    ordinal: 4,
    description: "Accurate but needs clarification or context.",
  },
  { key: "mixed", label: "Mixed", symbol: "◑", ordinal: 3, description: "Partly accurate, partly not." },
  {
    key: "mostly_false",
    label: "Mostly false",
    symbol: "◕",
    ordinal: 2,
    description: "Contains an element of truth but ignores critical facts.",
  },
  { key: "false", label: "False", symbol: "✗", ordinal: 1, description: "Not accurate." },
  {
    key: "misleading",
    label: "Misleading",
    symbol: "⚠",
    ordinal: null,
    description: "Technically accurate but creates a false impression.",
  },
  {
    key: "unsupported",
    label: "Unsupported",
    symbol: "?",
    ordinal: null,
    description: "No evidence supports it, and none refutes it.",
  },
] as const;

export type Verdict = (typeof VERDICTS)[number];
export type VerdictKey = Verdict["key"];

export const VERDICT_KEYS = VERDICTS.map((v) => v.key) as [VerdictKey, ...VerdictKey[]];

export function verdictByKey(key: string | null | undefined): Verdict | undefined {
  return VERDICTS.find((v) => v.key === key);
}
