/** "2 March 2017": a stored ISO date as people read it, in UTC so every server prints the same. */
export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
}
