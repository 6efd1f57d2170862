// What every text-based export does to a stored string before embedding it. Claim text, rationale
// and comments are plain text typed by people; HTML (and XML) forbid most control characters, and a
// silently dropped character would change what a quote says. So a control character is made
// visible instead: C0 controls other than tab, line feed and carriage return, and DEL, become their
// Unicode "control pictures" (U+0007 BEL → ␇ U+2407, DEL → ␡ U+2421). C1 controls, noncharacters
// and lone surrogates, which have no picture, become U+FFFD. Line endings are normalised to \n, as
// HTML and CommonMark parsers do anyway. RTL text, bidi marks, emoji and other characters are kept.

const C0_OR_DEL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// \p{Cs} only matches a surrogate that is not half of a pair (the `u` flag reads pairs as one).
const NO_PICTURE = /[\u0080-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|\p{Cs}/gu;

/** `s` with line endings as \n and every control character replaced by a visible stand-in. */
export function plainText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(C0_OR_DEL, (c) => String.fromCharCode(c === "\u007F" ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(NO_PICTURE, "\uFFFD");
}

/** plainText for one-line places (titles, names): line breaks and tabs become single spaces. */
export function plainLine(s: string): string {
  return plainText(s).replace(/[\n\t]+/g, " ");
}
