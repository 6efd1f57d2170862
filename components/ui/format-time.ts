/** A timestamp as newsroom staff read it: "27 Nov 2026, 14:05" in their own time zone. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
