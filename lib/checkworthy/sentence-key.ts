/**
 * The form of a sentence that a dismissal remembers: the same words with any spacing, case or
 * curly quotes match, so a revision that re-flows a paragraph keeps it dismissed.
 */
export function normalizeSentence(text: string): string {
  return text.normalize("NFKC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}
