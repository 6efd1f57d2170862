// "@Erin Editor" or "@editor@example.org" in a comment names a colleague. Pure, so the server
// (which stores the notifications) and the comment view (which highlights them) agree exactly.

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

export interface Mention {
  person: Mentionable;
  /** [start, end) in the body, the "@" included. */
  start: number;
  end: number;
}

export type MentionSegment = { text: string; person?: Mentionable };

// A character that may sit right before an "@" inside an email address: such an "@" is the
// address's own (foo@bar.org mentions no one called "bar").
const ADDRESS_CHAR = /[\p{L}\p{N}\p{M}._%+\-@]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
// ".", "-" and "@" continue a word or address only when more of it follows ("@Ann.Lee" is not
// "@Ann", but "@Ann." at the end of a sentence is).
const JOINER = /[.\-@+']/;

/** Every mention in the body, in order; at each "@" the longest name or address that fits wins. */
export function findMentions(body: string, people: readonly Mentionable[]): Mention[] {
  const candidates = people
    .flatMap((person) => [person.name.trim(), person.email.trim()].map((label) => ({ person, label })))
    .filter((c) => c.label.length > 0)
    .sort((a, b) => b.label.length - a.label.length);
  const mentions: Mention[] = [];
  for (let at = body.indexOf("@"); at !== -1; at = body.indexOf("@", at + 1)) {
    if (at > 0 && ADDRESS_CHAR.test(body[at - 1]!)) continue;
    const found = candidates.find(({ label }) => matchesAt(body, at + 1, label));
    if (!found) continue;
    const end = at + 1 + found.label.length;
    mentions.push({ person: found.person, start: at, end });
    at = end - 1;
  }
  return mentions;
}

/** The body cut into plain text and mentions, for showing mentions as text with emphasis. */
export function mentionSegments(body: string, people: readonly Mentionable[]): MentionSegment[] {
  const segments: MentionSegment[] = [];
  let from = 0;
  for (const { person, start, end } of findMentions(body, people)) {
    if (start > from) segments.push({ text: body.slice(from, start) });
    segments.push({ text: body.slice(start, end), person });
    from = end;
  }
  if (from < body.length || segments.length === 0) segments.push({ text: body.slice(from) });
  return segments;
}

/**
 * The distinct people mentioned, in order of first mention. A name two active colleagues share
 * names both: the writer meant one of them, and silently picking the wrong one would be worse
 * (the autocomplete shows their emails, which are unique).
 */
export function mentionedPeople(body: string, people: readonly Mentionable[]): Mentionable[] {
  const seen = new Map<string, Mentionable>();
  for (const { start, end } of findMentions(body, people)) {
    const label = body.slice(start + 1, end).toLowerCase();
    for (const person of people)
      if (!seen.has(person.id) && [person.name, person.email].some((l) => l.trim().toLowerCase() === label))
        seen.set(person.id, person);
  }
  return [...seen.values()];
}

function matchesAt(body: string, from: number, label: string): boolean {
  const slice = body.slice(from, from + label.length);
  if (slice.length < label.length || slice.toLowerCase() !== label.toLowerCase()) return false;
  return endsWord(body, from + label.length);
}

function endsWord(body: string, at: number): boolean {
  const next = body[at];
  if (next === undefined) return true;
  if (WORD_CHAR.test(next)) return false;
  if (!JOINER.test(next)) return true;
  const after = body[at + 1];
  // "@Erin Editor's note" still mentions Erin Editor: an apostrophe then "s" is a possessive.
  if (next === "'" && /^s\b/i.test(body.slice(at + 1, at + 3).padEnd(2, " "))) return true;
  return after === undefined || !WORD_CHAR.test(after);
}
