import { z } from "zod";

// The one rule for text that reaches storage, used by every service schema.
// - NUL is refused: PostgreSQL text cannot hold it, so it used to surface as a 500.
// - A lone UTF-16 surrogate is refused: UTF-8 cannot encode it, and the driver would swap it for
//   U+FFFD, so what is stored would no longer be what was sent (nor match offsets computed here).
// Both are refused rather than dropped because they mean the client sent something broken.
// - Other control characters (C0 except tab and newline, DEL, C1) are invisible garbage from copy
//   and paste: removed, with CR and CRLF read as a newline, so stored text never carries them.

const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK = /\r\n?/g;
const REMOVED_CONTROLS = /[\u0001-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const nulMessage = (label: string) =>
  `${label} contains a NUL character (U+0000), which cannot be stored. Remove it and try again.`;
export const loneSurrogateMessage = (label: string) =>
  `${label} contains a broken character (half of a UTF-16 surrogate pair). Remove it and try again.`;

/** Whether `value` holds a UTF-16 surrogate without its other half. */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/**
 * Whether an id or slug from an address could name something stored: one with NUL or half a
 * surrogate pair cannot, and PostgreSQL would answer a lookup of it with an error (a 500).
 */
export function isAddressable(value: string): boolean {
  return !NUL.test(value) && !hasLoneSurrogate(value);
}

/** `value` with the control characters storage never keeps removed (NUL aside: that is refused). */
export function removeControlCharacters(value: string): string {
  return value.replace(LINE_BREAK, "\n").replace(REMOVED_CONTROLS, "");
}

/**
 * A string that may be stored: refused with a message naming `label` when it holds NUL or a lone
 * surrogate, otherwise cleaned of control characters. Still a ZodString, so `.trim().max()` chain
 * on and see the cleaned value. `typeMessage` is what a missing or non-string value is told.
 */
export function text(label: string, typeMessage = `${label} must be text.`) {
  return storableText(label, typeMessage).overwrite(removeControlCharacters);
}

/**
 * Refuses what cannot be stored, but leaves the characters as sent: for input that has its own
 * cleaning downstream (an article body, which the importer cleans before parsing).
 */
export function storableText(label: string, typeMessage = `${label} must be text.`) {
  return z
    .string(typeMessage)
    .refine((v) => !NUL.test(v), { message: nulMessage(label), abort: true })
    .refine((v) => !hasLoneSurrogate(v), { message: loneSurrogateMessage(label), abort: true });
}
