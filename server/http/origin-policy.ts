// Which sites may ask a signed-in browser to change something (CSRF). The session cookie goes
// with every request to us, whoever's page started it, so a state-changing request is only
// honoured when the browser says it came from one of our own pages:
//
// - `Origin` (sent by every current browser on every non-GET fetch and form post) must be our
//   own origin or one listed in TRUSTED_ORIGINS. `Origin: null` (sandboxed frames, some
//   redirects) is refused.
// - Without `Origin`, `Sec-Fetch-Site: same-origin` is accepted; any other value is refused.
// - With neither header the request did not come from a browser we can reason about (curl, a
//   script holding a copied cookie). It is refused: scripts use API tokens (`Authorization:
//   Bearer …`), which are not ambient like cookies and so skip this check altogether.
//
// "Our own origin" is the origin of NEXTAUTH_URL and the origin the request was addressed to
// (its Host header, as Next sees it). Behind a reverse proxy that rewrites Host, set
// NEXTAUTH_URL to the public address; TRUST_PROXY_HEADERS=1 also reads X-Forwarded-Host and
// X-Forwarded-Proto, which is only safe when the proxy overwrites whatever the client sent.
// GET, HEAD and OPTIONS change nothing (a rule every route keeps) and are never checked.
// Pure code (no env reads) so it can be unit-tested and used by proxy.ts alike.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

export interface OriginSettings {
  /** NEXTAUTH_URL, when set. */
  appUrl?: string;
  /** TRUSTED_ORIGINS, parsed. */
  trustedOrigins: readonly string[];
  /** TRUST_PROXY_HEADERS=1: X-Forwarded-Host/Proto come from our own proxy. */
  trustProxyHeaders: boolean;
}

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** The verdict for one request: whether it may change state with the cookie it carries. */
export function checkRequestOrigin(request: Request, settings: OriginSettings): OriginVerdict {
  if (isSafeMethod(request.method)) return { allowed: true };
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (allowedOrigins(request, settings).has(origin.toLowerCase())) return { allowed: true };
    return { allowed: false, reason: `Requests from ${origin} may not change anything here.` };
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin") return { allowed: true };
  if (site !== null) return { allowed: false, reason: `A ${site} request may not change anything here.` };
  return {
    allowed: false,
    reason: "The request says neither where it came from (Origin) nor Sec-Fetch-Site; scripts use an API token.",
  };
}

export function allowedOrigins(request: Request, settings: OriginSettings): Set<string> {
  const origins = new Set(settings.trustedOrigins.map((o) => o.toLowerCase()));
  if (settings.appUrl) origins.add(new URL(settings.appUrl).origin.toLowerCase());
  const own = addressedOrigin(request, settings.trustProxyHeaders);
  if (own) origins.add(own.toLowerCase());
  return origins;
}

/** The origin the client addressed: `proto://host[:port]` from Host (or trusted forwarded headers). */
export function addressedOrigin(request: Request, trustProxyHeaders: boolean): string | null {
  const forwarded = (name: string) =>
    trustProxyHeaders ? request.headers.get(name)?.split(",")[0]?.trim() || null : null;
  const host = forwarded("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const proto = forwarded("x-forwarded-proto") ?? new URL(request.url).protocol.replace(/:$/, "");
  try {
    const { origin } = new URL(`${proto}://${host}`);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** Whether the client reached us over https (directly, or at a trusted proxy). */
export function isHttpsRequest(request: Request, trustProxyHeaders: boolean): boolean {
  const proto = trustProxyHeaders ? request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  return (proto ?? new URL(request.url).protocol.replace(/:$/, "")).toLowerCase() === "https";
}

/**
 * TRUSTED_ORIGINS: comma-separated origins (`https://cms.example.org, https://desk.example.org`).
 * Each must be an origin exactly (scheme, host, port; no path), so a typo cannot silently widen
 * or void the list.
 */
export function parseTrustedOrigins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let origin: string;
      try {
        origin = new URL(entry).origin;
      } catch {
        throw new Error(`"${entry}" is not an origin such as https://cms.example.org`);
      }
      if (origin === "null" || origin.toLowerCase() !== entry.replace(/\/$/, "").toLowerCase())
        throw new Error(`"${entry}" is not an origin such as https://cms.example.org (no path)`);
      return origin;
    });
}
