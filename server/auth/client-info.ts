import "server-only";

/**
 * The client's address as the edge saw it. `next start` sets X-Forwarded-For from the socket, and
 * a reverse proxy in front appends to it; the last entry is the one nobody outside could forge
 * when there is no proxy. Behind N trusted proxies (TRUSTED_PROXY_COUNT), the Nth from the end.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return headers.get("x-real-ip");
  const hops = forwarded
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = Math.max(0, Number(process.env.TRUSTED_PROXY_COUNT ?? "0") || 0);
  return hops[Math.max(0, hops.length - 1 - trusted)] ?? null;
}

export function clientInfo(headers: Headers): { ipAddress: string | null; userAgent: string | null } {
  return { ipAddress: clientAddress(headers), userAgent: headers.get("user-agent") };
}
