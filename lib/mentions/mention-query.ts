// What the comment box's autocomplete offers while someone types "@Er…": pure, so it is tested
// without a browser.
import type { Mentionable } from "@/lib/mentions/find-mentions";

export interface MentionQuery {
  /** Where the "@" stands. */
  start: number;
  /** What follows it up to the caret: "Er", "Erin Ed", "editor@ex". */
  query: string;
}

const MAX_QUERY = 60;
const ADDRESS_CHAR = /[\p{L}\p{N}\p{M}._%+\-@]/u;
export const MENTION_SUGGESTIONS = 8;

/** The mention being typed at the caret, or null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("@", caret - 1);
  if (start === -1 || caret - start - 1 > MAX_QUERY) return null;
  // The "@" of an email address ("foo@bar") starts no mention; in "@editor@ex" the first one does.
  const outer = start > 0 && before[start - 1] !== "@" && ADDRESS_CHAR.test(before[start - 1]!);
  const query = before.slice(start + 1);
  if (outer) {
    const first = before.lastIndexOf("@", start - 1);
    if (
      first !== -1 &&
      !/\s/.test(before.slice(first, start)) &&
      (first === 0 || !ADDRESS_CHAR.test(before[first - 1]!))
    )
      return { start: first, query: before.slice(first + 1) };
    return null;
  }
  if (/[\n\r]/.test(query) || /^\s/.test(query) || /\s$/.test(query) || /\s\s/.test(query)) return null;
  return { start, query };
}

/** People whose name (or a word of it) or email starts with the query, the name's start first. */
export function suggestPeople(people: readonly Mentionable[], query: string): Mentionable[] {
  const q = query.toLowerCase();
  const rank = (p: Mentionable): number => {
    const name = p.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return 1;
    if (p.email.toLowerCase().startsWith(q)) return 2;
    return -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MENTION_SUGGESTIONS)
    .map((r) => r.person);
}

/** What a mention of `person` says: their name, or their email when a colleague shares the name. */
export function mentionLabel(person: Mentionable, people: readonly Mentionable[]): string {
  const name = person.name.toLowerCase();
  return people.some((p) => p.id !== person.id && p.name.toLowerCase() === name) ? person.email : person.name;
}

/** The text with the typed mention replaced by "@Full Name ", and where the caret goes. */
export function insertMention(
  text: string,
  caret: number,
  at: MentionQuery,
  person: Mentionable,
  people: readonly Mentionable[] = [person],
): { text: string; caret: number } {
  const rest = text.slice(caret);
  // A space to go on typing, unless the text after the caret already has one or punctuation.
  const inserted = `@${mentionLabel(person, people)}${/^[\s.,;:!?)]/.test(rest) ? "" : " "}`;
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length };
}
