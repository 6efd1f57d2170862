/**
 * "CC" for "Casey Checker", at most three letters: shown beside a person's name (Word comments,
 * the article page's presence list). Empty when the name has no letters; callers pick a fallback.
 */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .flatMap((w) => [...w].slice(0, 1))
    .filter((ch) => /\p{L}/u.test(ch));
  return letters.slice(0, 3).join("").toUpperCase();
}
