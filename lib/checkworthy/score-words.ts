/** A score as a person reads it: "Likely check-worthy 82%". */
export function scoreInWords(score: number): string {
  const percent = Math.round(score * 100);
  return `${score >= 0.65 ? "Likely" : "Possibly"} check-worthy ${percent}%`;
}
