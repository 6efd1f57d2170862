// The one rule for which URLs become links, in every output (importer, editor, pages, HTML,
// Markdown, PDF, DOCX, JSON-LD) and in the forms that accept URLs.
//
// - Article links (inside the article's text) may be http, https or mailto.
// - Source links, the original article's URL and the public page may be http or https only: a
//   source is something a reader can open and check.
//
// A URL must say its scheme literally (`https://…`, `mailto:…`): the WHATWG parser would also
// read `http:\\evil.example` or `https:/x` as links, which is not what the person saw. Relative
// URLs would resolve against our app rather than the source site, and every other scheme
// (javascript:, data:, vbscript:, …) is a script or content-injection vector. Control characters
// anywhere refuse the URL, since browsers silently drop some of them (`java\tscript:`). Credentials
// (`https://bank.example@evil.example`) are refused: they only ever serve to disguise the host.
//
// What survives is normalized: as the WHATWG URL parser writes it, then with every character a
// URI may not hold percent-encoded (Word refuses a relationship target that is not a valid URI,
// PDF URIs are ASCII, and an href needs no escaping beyond HTML's).
//
// An address typed into a form (a source, the original article) is different: it is read the way a
// browser would read it and stored in the normalized form above, which the person then sees. So
// `http:\\evil.example\x` is stored as http://evil.example/x, never as typed (see typedSourceHref).

export type LinkUse = "article" | "source";

/** The schemes each use allows, without their colon ("https"), as sanitizers list them. */
export const LINK_SCHEMES = {
  article: ["http", "https", "mailto"],
  source: ["http", "https"],
} as const satisfies Record<LinkUse, readonly string[]>;

const LITERAL_SCHEME = /^(?:https?:\/\/|mailto:)/i;
// C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// Everything RFC 3986 allows in a URI: unreserved, reserved, and "%" when it starts an escape.
const NOT_URI = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/** The href `raw` may be linked as, normalized, or null when it must stay text. */
export function linkHref(raw: string | null | undefined, use: LinkUse): string | null {
  const value = raw?.trim();
  if (!value || CONTROL.test(value) || !LITERAL_SCHEME.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!(LINK_SCHEMES[use] as readonly string[]).includes(url.protocol.slice(0, -1))) return null;
  if (url.protocol === "mailto:" ? url.pathname + url.search === "" : !url.hostname) return null;
  if (url.username || url.password) return null;
  return url.href.replace(NOT_URI, (c) => encodeURIComponent(c));
}

/** A link inside the article's text: http, https or mailto. */
export const articleHref = (raw: string | null | undefined) => linkHref(raw, "article");

/** A source, the original article or the public page: http or https only. */
export const sourceHref = (raw: string | null | undefined) => linkHref(raw, "source");

/**
 * A source address typed into a form, read as the WHATWG URL parser (and so a browser) reads it,
 * in the normalized form it is stored and linked as; null when the policy would not link it.
 */
export function typedSourceHref(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || CONTROL.test(value)) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  return sourceHref(parsed.href);
}
