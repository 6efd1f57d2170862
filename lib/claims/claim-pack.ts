// An article's claims as the article page sends them to the browser: one row of values per claim
// and each person once, instead of 500 JSON objects that repeat every key, the article's id, the
// selector type names and the same few people (860 bytes a claim in the page's payload). The
// quote, prefix and suffix are left out (null) when they are what the article's text holds at the
// claim's offsets, which the browser has anyway; times travel as milliseconds, an exact anchor as
// its revision: under 200 bytes a claim on the bench's article. The desk unpacks them into the
// ClaimView it works with, so nothing else changes; the round trip is unit-tested. Pure: server
// and browser.
import { selectorsForRange } from "@/lib/anchoring/selectors";
import type { ClaimStatus, ClaimView, PersonView, SourceStance, SourceView } from "@/lib/claims/claim-view";

type PersonRef = number | null;
/** An ISO time as epoch milliseconds when that gives the same string back, else the string. */
type PackedTime = number | string;

type PackedSource = [
  id: string,
  url: string,
  title: string,
  publisher: string | null,
  excerpt: string | null,
  stance: SourceStance,
  addedBy: number,
  createdAt: PackedTime,
];

type PackedClaim = [
  id: string,
  number: number,
  /** null: the text's own at start..end (and its context), see `packClaims`. */
  exact: string | null,
  prefix: string | null,
  suffix: string | null,
  start: number,
  end: number,
  /** The revision alone for an exact anchor (score 1), the commonest case; else all three. */
  anchor: number | [status: ClaimView["anchor"]["status"], score: number, revision: number],
  claimant: string | null,
  verdict: string | null,
  rationale: string | null,
  status: ClaimStatus,
  version: number,
  /** Trailing nulls are left out (see withoutTrailingNulls), here and in `times`. */
  people: [
    createdBy: number,
    updatedBy: number,
    verdictEditedBy?: PersonRef,
    reviewedBy?: PersonRef,
    assignee?: PersonRef,
  ],
  times: [
    createdAt: PackedTime,
    updatedAt: PackedTime,
    submittedAt?: PackedTime | null,
    reviewedAt?: PackedTime | null,
  ],
  sources: PackedSource[],
];

export interface PackedClaims {
  articleId: string;
  people: PersonView[];
  rows: PackedClaim[];
}

/**
 * `claims` all belong to `articleId`; `text` is the article's plain text as the browser will
 * build it (buildTextIndex of the same document), which unpackClaims must be given too.
 */
export function packClaims(articleId: string, claims: readonly ClaimView[], text: string): PackedClaims {
  const people: PersonView[] = [];
  const index = new Map<string, number>();
  const ref = (person: PersonView): number => {
    const key = `${person.id}\u0000${person.name}`;
    let at = index.get(key);
    if (at === undefined) {
      at = people.push({ id: person.id, name: person.name }) - 1;
      index.set(key, at);
    }
    return at;
  };
  const optional = (person: PersonView | null): PersonRef => (person ? ref(person) : null);
  const rows = claims.map((c): PackedClaim => {
    const [quote, position] = c.target.selector;
    const own = textQuote(text, position.start, position.end);
    const unlessOwn = (value: string, derived: string | undefined) => (value === derived ? null : value);
    return [
      c.id,
      c.number,
      unlessOwn(quote.exact, own?.exact),
      unlessOwn(quote.prefix, own?.prefix),
      unlessOwn(quote.suffix, own?.suffix),
      position.start,
      position.end,
      c.anchor.status === "exact" && c.anchor.score === 1
        ? c.anchor.revision
        : [c.anchor.status, c.anchor.score, c.anchor.revision],
      c.claimant,
      c.verdict,
      c.rationale,
      c.status,
      c.version,
      withoutTrailingNulls([
        ref(c.createdBy),
        ref(c.updatedBy),
        optional(c.verdictEditedBy),
        optional(c.reviewedBy),
        optional(c.assignee),
      ]),
      withoutTrailingNulls([
        packTime(c.createdAt),
        packTime(c.updatedAt),
        packOptionalTime(c.submittedAt),
        packOptionalTime(c.reviewedAt),
      ]),
      c.sources.map((s): PackedSource => [
        s.id,
        s.url,
        s.title,
        s.publisher,
        s.excerpt,
        s.stance,
        ref(s.addedBy),
        packTime(s.createdAt),
      ]),
    ];
  });
  return { articleId, people, rows };
}

/** The claims `packClaims` was given; `text` is the one it was given. */
export function unpackClaims({ articleId, people, rows }: PackedClaims, text: string): ClaimView[] {
  const person = (at: number): PersonView => people[at]!;
  const optional = (at: PersonRef | undefined): PersonView | null => (at == null ? null : person(at));
  return rows.map(
    ([
      id,
      number,
      exact,
      prefix,
      suffix,
      start,
      end,
      anchor,
      claimant,
      verdict,
      rationale,
      status,
      version,
      who,
      times,
      sources,
    ]) => {
      const own = exact === null || prefix === null || suffix === null ? textQuote(text, start, end) : null;
      const quote = { exact: exact ?? own!.exact, prefix: prefix ?? own!.prefix, suffix: suffix ?? own!.suffix };
      return {
        id,
        articleId,
        number,
        target: {
          selector: [
            { type: "TextQuoteSelector", ...quote },
            { type: "TextPositionSelector", start, end },
          ],
        },
        anchor:
          typeof anchor === "number"
            ? { status: "exact", score: 1, revision: anchor }
            : { status: anchor[0], score: anchor[1], revision: anchor[2] },
        claimant,
        verdict,
        rationale,
        status,
        version,
        createdBy: person(who[0]),
        updatedBy: person(who[1]),
        verdictEditedBy: optional(who[2]),
        submittedAt: unpackOptionalTime(times[2]),
        reviewedBy: optional(who[3]),
        reviewedAt: unpackOptionalTime(times[3]),
        assignee: optional(who[4]),
        createdAt: unpackTime(times[0]),
        updatedAt: unpackTime(times[1]),
        sources: sources.map(([sourceId, url, title, publisher, excerpt, stance, addedBy, createdAt]): SourceView => ({
          id: sourceId,
          claimId: id,
          url,
          title,
          publisher,
          excerpt,
          stance,
          addedBy: person(addedBy),
          createdAt: unpackTime(createdAt),
        })),
      };
    },
  );
}

/** The quote and context selectorsForRange makes at start..end of `text`, if the range is in it. */
function textQuote(text: string, start: number, end: number) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    return undefined;
  }
  return selectorsForRange(text, start, end).quote;
}

function packTime(iso: string): PackedTime {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : iso;
}
const packOptionalTime = (iso: string | null): PackedTime | null => (iso === null ? null : packTime(iso));
const unpackTime = (time: PackedTime): string => (typeof time === "number" ? new Date(time).toISOString() : time);
const unpackOptionalTime = (time: PackedTime | null | undefined): string | null =>
  time == null ? null : unpackTime(time);

/** `[0, 0, null, null]` as `[0, 0]`: a reader of a missing element gets undefined, read as null. */
function withoutTrailingNulls<T extends unknown[]>(values: T): T {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  return values.slice(0, end) as T;
}
