// What counts as "the same text" when an article is re-fetched: typographic quotes, no-break
// spaces and runs of whitespace do not make a new revision. The revisions migration computes the
// same fingerprint in SQL for existing articles, so keep the two in step (its integration test
// compares them).
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
// ASCII whitespace and the no-break space only: exactly what the SQL's character class holds.
const SPACES = /[ \t\n\r\f\v\u00A0]+/g;

export function normalizeForFingerprint(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, " ")
    .replace(/^ /, "")
    .replace(/ $/, "");
}
