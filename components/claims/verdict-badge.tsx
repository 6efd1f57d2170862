import { verdictByKey } from "@/lib/verdicts";

/** A verdict as symbol + words; colour only reinforces it. */
export function VerdictBadge({ verdict }: { verdict: string | null }) {
  const v = verdictByKey(verdict);
  if (!v) {
    return (
      <span className="verdict-badge verdict-none">
        <span aria-hidden="true">…</span> No verdict yet
      </span>
    );
  }
  return (
    <span className={`verdict-badge verdict-${v.key}`}>
      <span aria-hidden="true">{v.symbol}</span> {v.label}
    </span>
  );
}
