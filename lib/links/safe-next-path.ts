// Where the browser may be sent after signing in. A `callbackUrl` is attacker-controlled (it is
// in a link anyone can send), and browsers read far more strings as "another site" than a
// `startsWith("/")` check expects: `/\evil.example` and `/<tab>/evil.example` are both
// protocol-relative to Chromium, because it treats `\` as `/` and drops tabs and newlines.
//
// So a candidate is accepted only when, percent-decoded, it still starts with exactly one `/`
// followed by something other than `/` or `\`, holds no backslash or control character anywhere,
// and the URL parser resolves it to our own origin. What is returned is the parser's
// normalized path (re-checked, since `/.//evil.example` normalizes to `//evil.example`).
// Absolute URLs on our own origin (next-auth passes those) are reduced to their path.

/** Anything else is refused with this, which leads to the article list like the home page. */
export const REFUSED_NEXT_PATH = "/";

// A base that cannot be anyone's site, for resolving paths when the caller knows no origin.
const PLACEHOLDER_ORIGIN = "http://next-path.invalid";
// Deep enough for any double or triple encoding a link-crafter tries; more is refused.
const MAX_DECODE_ROUNDS = 4;
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;

export interface SafeNextPathOptions {
  /** The app's own origin (`https://desk.example`): absolute URLs on it are accepted as paths. */
  origin?: string;
  /** What a refused candidate becomes; "/" unless given. */
  fallback?: string;
}

export function safeNextPath(candidate: unknown, options: SafeNextPathOptions = {}): string {
  const fallback = options.fallback ?? REFUSED_NEXT_PATH;
  if (typeof candidate !== "string" || candidate === "") return fallback;
  const origin = options.origin ? originOf(options.origin) : null;
  const path = origin && hasOrigin(candidate, origin) ? asPath(candidate.slice(origin.length)) : candidate;
  if (!isSafeShape(path)) return fallback;
  const decoded = decodeFully(path);
  if (decoded === null || !isSafeShape(decoded)) return fallback;

  const base = origin ?? PLACEHOLDER_ORIGIN;
  let resolved: URL;
  try {
    resolved = new URL(path, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base) return fallback;
  const normalized = resolved.pathname + resolved.search + resolved.hash;
  return isSafeShape(normalized) ? normalized : fallback;
}

/** One leading slash, then not a second slash or backslash; no control character or backslash. */
function isSafeShape(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//")) return false;
  return !CONTROL_OR_BACKSLASH.test(path);
}

/** Percent-decodes until stable; null for malformed escapes or encodings nested too deep. */
function decodeFully(path: string): string | null {
  let current = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/** What follows the origin in `https://desk.example?x`, as a path: `/?x`. */
function asPath(rest: string): string {
  return rest.startsWith("/") ? rest : `/${rest}`;
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** `https://desk.example/x` is on `https://desk.example`; `https://desk.example.evil/x` is not. */
function hasOrigin(candidate: string, origin: string): boolean {
  if (!candidate.toLowerCase().startsWith(origin.toLowerCase())) return false;
  const rest = candidate.slice(origin.length);
  return rest === "" || rest.startsWith("/") || rest.startsWith("?") || rest.startsWith("#");
}
