// One formatter for the whole process: building an Intl formatter per call (toLocaleDateString)
// was measurable across a 500-claim export.
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "2 March 2017": a stored ISO date as people read it, in UTC so every server prints the same. */
export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}
