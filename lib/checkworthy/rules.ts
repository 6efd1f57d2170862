import { REASON_WEIGHTS, type ReasonKind } from "@/lib/checkworthy/reasons";

export interface RuleMatch {
  kind: ReasonKind;
  evidence: string;
  /** A stronger or weaker form of the rule than its usual weight (e.g. a number with a unit). */
  weight: number;
}

const words = (list: string) => list.trim().split(/\s+/).join("|");

const MONTHS = words(
  "January February March April May June July August September October November December Jan Feb Aug Sept Oct Nov Dec",
);
const WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");
const SPELLED =
  words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
      "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds? thousands? millions? " +
      "billions? trillions? dozens? half two-thirds three-quarters twice triple double score",
  ) + "|a\\s+(?:third|quarter|fifth|tenth|dozen)";
const UNIT = words("percent per cent percentage points? million billion trillion thousand hundred");

const YEAR = /\b(?:1[6-9]\d\d|20\d\d)s?\b/;
const DATE = new RegExp(
  `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`,
);
const RELATIVE_TIME = new RegExp(
  `\\b(?:(?:last|next|this|past|previous|coming)\\s+(?:year|month|week|decade|century|night|spring|summer|autumn|fall|winter|quarter|morning)|` +
    `yesterday|since\\s+(?:\\d{4}|${MONTHS}|(?:the|my|his|her|their|our|its|then|last)\\b)|(?:[\\w-]+\\s+)?(?:years?|months?|weeks?|days?|decades?|centuries)\\s+(?:ago|earlier|later)|` +
    `(?:an|one|a\\s+few|[\\d]+|${SPELLED})\\s+(?:hours?|days?|weeks?|months?|years?)\\s+(?:after|before)|` +
    `(?:in|by|until|before|after|during)\\s+(?:${MONTHS})|(?:on|last|next)\\s+(?:${WEEKDAYS})|this\\s+(?:year|month|week)|earlier\\s+this\\s+\\w+)\\b`,
  "i",
);

const DATES = new RegExp(DATE.source, "g");
const YEARS = new RegExp(YEAR.source, "g");
const MONEY = /[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|[mbk]n?)\b)?/i;
const NUMBER_WITH_UNIT = new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|(?:${UNIT})\\b)`, "i");
const SPELLED_WITH_UNIT = new RegExp(
  `\\b(?:${SPELLED})\\s+(?:${UNIT})\\b|\\b(?:${SPELLED})\\s+(?:times|percent)\\b`,
  "i",
);
const BARE_NUMBER = /(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w%])/g;
const SPELLED_NUMBER = new RegExp(`\\b(?:${SPELLED})\\b`, "gi");

/** A number, amount or share: "40 percent", "$3.5 billion", "25 conversations", "four score". */
export function findStatistic(sentence: string): RuleMatch | null {
  const strong = MONEY.exec(sentence) ?? NUMBER_WITH_UNIT.exec(sentence) ?? SPELLED_WITH_UNIT.exec(sentence);
  if (strong) return { kind: "statistic", evidence: strong[0], weight: REASON_WEIGHTS.statistic };
  const dates = /\d/.test(sentence) ? [...spans(sentence, DATES), ...spans(sentence, YEARS)] : [];
  for (const m of sentence.matchAll(BARE_NUMBER)) {
    const inDate = dates.some(([from, to]) => m.index >= from && m.index < to);
    if (!inDate) return { kind: "statistic", evidence: withNextWord(sentence, m.index, m[0]), weight: 0.45 };
  }
  const spelled = SPELLED_NUMBER.exec(sentence);
  SPELLED_NUMBER.lastIndex = 0;
  if (spelled) return { kind: "statistic", evidence: withNextWord(sentence, spelled.index, spelled[0]), weight: 0.35 };
  return null;
}

const COMPARISON = new RegExp(
  `\\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|costlier|better|worse|older|younger|longer|shorter|stronger|weaker|earlier|later|richer|poorer|safer|deadlier)\\s+(?:\\w+\\s+){0,3}?than|` +
    `(?:the\\s+)?(?:largest|biggest|highest|lowest|smallest|fastest|slowest|best|worst|greatest|longest|shortest|oldest|newest|deadliest|costliest|strongest|weakest|richest|poorest|most|least)|` +
    `record(?:-\\w+)?|all-time|the\\s+first|the\\s+only|twice\\s+as|as\\s+(?:many|much)\\s+as|compared\\s+(?:with|to)|outpaced|outnumbered|surpassed|exceeded|unprecedented|ever)\\b`,
  "i",
);

/** A comparison or superlative: "more than", "the largest", "a record". */
export function findComparison(sentence: string): RuleMatch | null {
  const m = COMPARISON.exec(sentence);
  return m ? { kind: "comparison", evidence: m[0], weight: REASON_WEIGHTS.comparison } : null;
}

// Lower case only: "States" in "the United States" is a name, not a verb.
const ATTRIBUTION =
  /\b(?:[Aa]ccording\s+to|said|says|told|stated|states|announced|reported|reports|claimed|claims|testified|wrote|writes|insisted|denied|denies|confirmed|confirms|acknowledged|admitted|estimated|estimates|found|concluded|showed|shows)\b/;
const QUOTATION = /[“"]([^”"]{12,})[”"]/;

/** An attributed statement: "said", "told", "according to", or words in quotation marks. */
export function findAttribution(sentence: string): RuleMatch | null {
  const verb = ATTRIBUTION.exec(sentence);
  if (verb) return { kind: "attribution", evidence: verb[0], weight: REASON_WEIGHTS.attribution };
  const quote = QUOTATION.exec(sentence);
  if (quote) return { kind: "attribution", evidence: `“${truncate(quote[1]!, 30)}”`, weight: 0.25 };
  return null;
}

const CAUSAL = new RegExp(
  `\\b(?:because(?:\\s+of)?|due\\s+to|as\\s+a\\s+result(?:\\s+of)?|result(?:ed|s|ing)?\\s+in|led\\s+to|leads?\\s+to|caused?|causes|causing|thanks\\s+to|owing\\s+to|contributed\\s+to|blamed|` +
    `rose|risen|rises|rise|fell|fallen|falls|increased|increases|increase|decreased|decreases|decrease|up\\s+from|down\\s+from|down\\s+to|went\\s+(?:up|down)|pushed|doubled|tripled|quadrupled|halved|grew|grown|declined|declines|dropped|drops|surged|jumped|soared|plunged|climbed|slumped|shrank|tumbled|cut|slashed|raised|lowered|reduced|boosted)\\b`,
  "i",
);

/** A cause or a trend: "because", "led to", "rose", "fell", "doubled". */
export function findCausal(sentence: string): RuleMatch | null {
  const m = CAUSAL.exec(sentence);
  return m ? { kind: "causal", evidence: m[0], weight: REASON_WEIGHTS.causal } : null;
}

/** A fact pinned to a time: a year, a date, "last year", "since 2016". */
export function findTime(sentence: string): RuleMatch | null {
  const m = DATE.exec(sentence) ?? RELATIVE_TIME.exec(sentence) ?? YEAR.exec(sentence);
  return m ? { kind: "time", evidence: m[0], weight: REASON_WEIGHTS.time } : null;
}

const INSTITUTION = words(
  "Department Ministry Congress Senate House Parliament Bureau Agency Administration Commission Committee Council " +
    "Court University Institute Office Service Board Authority Association Federation Union Party Government Police " +
    "Army Navy Force Forces Bank Fund Corporation Company Inc Corp Foundation Hospital School Center Centre Organization",
);
const CAPITALIZED = /\p{Lu}[\p{L}'’.-]*/u;
const NAME_RUN = new RegExp(
  `${CAPITALIZED.source}(?:\\s+(?:(?:of|the|for|and|de|von|van|al)\\s+)?${CAPITALIZED.source})*`,
  "gu",
);
const ACRONYM = /\b(?:\p{Lu}\.){2,}|\b\p{Lu}{2,6}\b/u;
const NOT_NAMES = new Set(
  (
    "I I'm I've I'd A An The This That These Those It He She We They You There Here But And Or So Yet If When While " +
    "After Before As In On At For With By From To Of Now Then Still Also However Indeed Meanwhile Mr Mrs Ms Dr " +
    "Yesterday Today Tonight Last Next No Not Our My His Her Its Their What Why How Who Where Which"
  ).split(" "),
);
const INSTITUTION_WORD = new RegExp(`\\b(?:${INSTITUTION})\\b`, "u");
// The words around an institution that belong to its name: "the State Energy Office of the Region".
const NAME_BEFORE = new RegExp(`(?:${CAPITALIZED.source}\\s+){1,3}$`, "u");
const NAME_AFTER = new RegExp(`^(?:\\s+of(?:\\s+the)?\\s+${CAPITALIZED.source})+`, "u");
const CALENDAR = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);

/** A named person or body: capitalized names not at the start of the sentence, institutions, acronyms. */
export function findEntity(sentence: string): RuleMatch | null {
  const body = INSTITUTION_WORD.exec(sentence);
  if (body) {
    const end = body.index + body[0].length;
    const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, body.index - 60), body.index))?.[0] ?? "";
    const after = NAME_AFTER.exec(sentence.slice(end, end + 60))?.[0] ?? "";
    return { kind: "entity", evidence: `${before}${body[0]}${after}`, weight: 0.25 };
  }
  for (const m of sentence.matchAll(NAME_RUN)) {
    const run = m[0].replace(/[.'’-]+$/, "");
    const parts = run.split(/\s+/).filter((w) => !NOT_NAMES.has(w) && !CALENDAR.test(w));
    if (parts.length === 0) continue;
    const atStart = /^[\s“"‘'(]*$/.test(sentence.slice(0, m.index));
    // A capital at the start of a sentence says nothing; two capitalized words in a row do.
    if (atStart && parts.length < 2) continue;
    return { kind: "entity", evidence: parts.join(" "), weight: REASON_WEIGHTS.entity };
  }
  const acronym = ACRONYM.exec(sentence);
  return acronym ? { kind: "entity", evidence: acronym[0], weight: REASON_WEIGHTS.entity } : null;
}

function spans(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** "25" alone says little: "25 conversations" shows what was counted. */
function withNextWord(sentence: string, index: number, number: string): string {
  const next = /^\s+([\p{L}-]+)/u.exec(sentence.slice(index + number.length));
  return next ? `${number} ${next[1]}` : number;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
