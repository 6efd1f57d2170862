import { sourceHref, typedSourceHref } from "@/lib/links/link-policy";
import { text } from "@/lib/validation/text";

// Field schemas shared by the forms (browser) and the services (server), so both say the same thing.

/** Optional free text: trimmed; empty becomes null (clears it); absent stays undefined (leaves it). */
export function optionalText(max: number, label: string) {
  return text(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));
}

/** A URL the link policy would link as a source: what forms accept is what every output links. */
export function isHttpUrl(value: string): boolean {
  return sourceHref(value) !== null;
}

const URL_MESSAGE = "Enter a full web address starting with http:// or https://.";

/** Stores what a browser would follow, never the address as typed (see typedSourceHref). */
function typedUrl(label: string) {
  return text(label)
    .trim()
    .max(2048, "The URL must be at most 2048 characters.")
    .refine((v) => v === "" || typedSourceHref(v) !== null, URL_MESSAGE)
    .transform((v) => (v === "" ? v : typedSourceHref(v)!));
}

export const httpUrl = typedUrl("The URL").refine((v) => v !== "", URL_MESSAGE);

export const optionalHttpUrl = typedUrl("The URL")
  .nullish()
  .transform((v) => (v ? v : null));

/** A calendar date (YYYY-MM-DD) or full ISO timestamp; stored as a Date. */
export const optionalDate = text("The date")
  .trim()
  .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Enter a date like 2017-03-02.")
  .nullish()
  .transform((v) => (v ? new Date(v) : null));
