// An article's claims as the article page sends them to the browser: one row of values per claim
// and each person once, instead of 500 JSON objects that repeat every key, the article's id, the
// selector type names and the same few people (860 bytes a claim in the page's payload, against
// about 300 packed). The desk unpacks them into the ClaimView it works with, so nothing else
// changes; the round trip is unit-tested. Pure: server and browser.
import type { ClaimStatus, ClaimView, PersonView, SourceStance, SourceView } from "@/lib/claims/claim-view";

type PersonRef = number | null;

type PackedSource = [
  id: string,
  url: string,
  title: string,
  publisher: string | null,
  excerpt: string | null,
  stance: SourceStance,
  addedBy: number,
  createdAt: string,
];

type PackedClaim = [
  id: string,
  number: number,
  exact: string,
  prefix: string,
  suffix: string,
  start: number,
  end: number,
  anchor: [status: ClaimView["anchor"]["status"], score: number, revision: number],
  claimant: string | null,
  verdict: string | null,
  rationale: string | null,
  status: ClaimStatus,
  version: number,
  people: [
    createdBy: number,
    updatedBy: number,
    verdictEditedBy: PersonRef,
    reviewedBy: PersonRef,
    assignee: PersonRef,
  ],
  times: [createdAt: string, updatedAt: string, submittedAt: string | null, reviewedAt: string | null],
  sources: PackedSource[],
];

export interface PackedClaims {
  articleId: string;
  people: PersonView[];
  rows: PackedClaim[];
}

/** `claims` all belong to `articleId`. */
export function packClaims(articleId: string, claims: readonly ClaimView[]): PackedClaims {
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
    return [
      c.id,
      c.number,
      quote.exact,
      quote.prefix,
      quote.suffix,
      position.start,
      position.end,
      [c.anchor.status, c.anchor.score, c.anchor.revision],
      c.claimant,
      c.verdict,
      c.rationale,
      c.status,
      c.version,
      [ref(c.createdBy), ref(c.updatedBy), optional(c.verdictEditedBy), optional(c.reviewedBy), optional(c.assignee)],
      [c.createdAt, c.updatedAt, c.submittedAt, c.reviewedAt],
      c.sources.map((s): PackedSource => [
        s.id,
        s.url,
        s.title,
        s.publisher,
        s.excerpt,
        s.stance,
        ref(s.addedBy),
        s.createdAt,
      ]),
    ];
  });
  return { articleId, people, rows };
}

export function unpackClaims({ articleId, people, rows }: PackedClaims): ClaimView[] {
  const person = (at: number): PersonView => people[at]!;
  const optional = (at: PersonRef): PersonView | null => (at === null ? null : person(at));
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
    ]) => ({
      id,
      articleId,
      number,
      target: {
        selector: [
          { type: "TextQuoteSelector", exact, prefix, suffix },
          { type: "TextPositionSelector", start, end },
        ],
      },
      anchor: { status: anchor[0], score: anchor[1], revision: anchor[2] },
      claimant,
      verdict,
      rationale,
      status,
      version,
      createdBy: person(who[0]),
      updatedBy: person(who[1]),
      verdictEditedBy: optional(who[2]),
      submittedAt: times[2],
      reviewedBy: optional(who[3]),
      reviewedAt: times[3],
      assignee: optional(who[4]),
      createdAt: times[0],
      updatedAt: times[1],
      sources: sources.map(([sourceId, url, title, publisher, excerpt, stance, addedBy, createdAt]): SourceView => ({
        id: sourceId,
        claimId: id,
        url,
        title,
        publisher,
        excerpt,
        stance,
        addedBy: person(addedBy),
        createdAt,
      })),
    }),
  );
}
