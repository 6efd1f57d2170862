// Deterministic English for the bench archive: claim quotes from templates over the word lists,
// with a talking point (ARCHIVE_TALKING_POINTS) every TALKING_POINT_EVERY claims, and the filler
// prose around them, so search and matching work on text that reads like news.
import {
  ARCHIVE_TALKING_POINTS,
  CLAIMANTS,
  EVENTS,
  GROUPS,
  METRICS,
  OUTLETS,
  PLACES,
  PUBLISHERS,
  REPORTS,
  SUBJECTS,
  TIMEFRAMES,
  TOPICS,
  WEEKDAYS,
} from "./archive-words";

export const TALKING_POINT_EVERY = 40;

export type Random = () => number;

/** A linear congruential generator: the same seed gives the same archive on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const number = (random: Random, max: number) => 2 + Math.floor(random() * max);

const QUOTE_TEMPLATES: ((random: Random) => string)[] = [
  (r) =>
    `${pick(r, SUBJECTS)} ${pick(r, ["cut", "raised", "doubled", "froze", "slashed"])} ${pick(r, METRICS)} by ${number(r, 60)} percent ${pick(r, TIMEFRAMES)}`,
  (r) =>
    `${pick(r, PLACES)} now has the ${pick(r, ["highest", "lowest", "fastest growing"])} ${pick(r, METRICS)} in the country ${pick(r, TIMEFRAMES)}`,
  (r) => `I never met with ${pick(r, GROUPS)} in ${pick(r, PLACES)} to discuss ${pick(r, TOPICS)}`,
  (r) =>
    `${number(r, 900)},000 ${pick(r, ["families", "workers", "students", "veterans", "patients"])} in ${pick(r, PLACES)} ${pick(r, ["lost", "gained", "kept"])} their ${pick(r, ["jobs", "homes", "health cover", "benefits"])} ${pick(r, TIMEFRAMES)}`,
  (r) => `${pick(r, SUBJECTS)} voted against ${pick(r, TOPICS)} ${number(r, 30)} times ${pick(r, TIMEFRAMES)}`,
  (r) =>
    `our plan for ${pick(r, TOPICS)} created ${number(r, 90)},000 new jobs in ${pick(r, PLACES)} ${pick(r, TIMEFRAMES)}`,
  (r) =>
    `${pick(r, GROUPS)} in ${pick(r, PLACES)} pay ${pick(r, ["less", "more"])} in taxes than ${pick(r, GROUPS)} ${pick(r, TIMEFRAMES)}`,
  (r) =>
    `${pick(r, METRICS)} in ${pick(r, PLACES)} is ${number(r, 40)} percent ${pick(r, ["lower", "higher"])} than it was ${pick(r, ["in 1990", "a decade ago", "before the recession", "under my predecessor"])}`,
  (r) => `${pick(r, SUBJECTS)} spent ${number(r, 800)} million dollars on ${pick(r, TOPICS)} without a single vote`,
  (r) =>
    `nobody in ${pick(r, SUBJECTS)} knew about ${pick(r, TOPICS)} in ${pick(r, PLACES)} until ${pick(r, ["last week", "the audit", "the election", "the leak"])}`,
];

export interface ArchiveClaimText {
  quote: string;
  claimant: string | null;
  rationale: string | null;
  talkingPoint: number | null;
}

/** The claim text for the claim numbered `index` across the archive (0-based). */
export function claimText(random: Random, index: number, withVerdict: boolean): ArchiveClaimText {
  const talkingPoint =
    index % TALKING_POINT_EVERY === 7 ? Math.floor(index / TALKING_POINT_EVERY) % ARCHIVE_TALKING_POINTS.length : null;
  const quote =
    talkingPoint === null ? pick(random, QUOTE_TEMPLATES)(random) : pick(random, ARCHIVE_TALKING_POINTS[talkingPoint]!);
  return {
    quote: capitalize(quote),
    claimant: random() < 0.85 ? pick(random, CLAIMANTS) : null,
    rationale: withVerdict ? rationale(random) : null,
    talkingPoint,
  };
}

function rationale(random: Random): string {
  const publisher = pick(random, PUBLISHERS);
  return capitalize(
    `${pick(random, REPORTS)} from the ${publisher} show ${pick(random, METRICS)} ${pick(random, ["rose", "fell", "held steady"])} ` +
      `by ${number(random, 40)} percent ${pick(random, TIMEFRAMES)}; ${pick(random, [
        "the figure quoted leaves out inflation",
        "the claim counts only part of the period",
        "officials confirmed the number",
        "the comparison mixes two different measures",
        "no record supports the figure",
      ])}.`,
  );
}

export function sourceText(random: Random): { title: string; publisher: string } {
  const publisher = pick(random, PUBLISHERS);
  return {
    title: capitalize(`${pick(random, METRICS)}: ${pick(random, REPORTS)} ${2015 + Math.floor(random() * 11)}`),
    publisher,
  };
}

export function articleTitle(random: Random): { title: string; outlet: string } {
  return {
    title: `${capitalize(pick(random, PLACES))} ${pick(random, EVENTS)}: ${pick(random, CLAIMANTS)} on ${pick(random, TOPICS)}`,
    outlet: pick(random, OUTLETS),
  };
}

/** The sentence before a quote: where it was said and a lead-in ending in a space. */
export function leadIn(random: Random, claimant: string | null): string {
  const who = claimant ?? pick(random, ["A spokesperson", "One official", "The campaign"]);
  return (
    `At a ${pick(random, EVENTS)} in ${pick(random, PLACES)} on ${pick(random, WEEKDAYS)}, the talk turned to ${pick(random, TOPICS)}. ` +
    `${who} ${pick(random, ["said", "told reporters", "insisted", "claimed"])}: `
  );
}
