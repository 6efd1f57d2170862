import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";
import { isHttpsRequest } from "@/server/http/origin-policy";
import { isAddressable } from "@/lib/validation/text";

/**
 * Every page gets a Content-Security-Policy with a fresh script nonce: Next reads the nonce from
 * the request's CSP header and puts it on its own scripts, so only scripts we served run (an
 * injected `<script>` or `onerror=` does not). HSTS is sent only over https, where it means
 * something. Pages also learn which address was asked for (x-requested-path), so a signed-out
 * visitor is sent back there after signing in. No permission check here: pages and API routes
 * check the session themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  headers.set("x-requested-path", request.nextUrl.pathname + request.nextUrl.search);

  if (!isAddressable(safeDecode(request.nextUrl.pathname))) {
    // Ids and slugs reach the database as they are; this one names nothing (and would be a 500).
    return new NextResponse("Nothing exists at this address.", {
      status: 404,
      headers: { "content-security-policy": csp, "content-type": "text/plain; charset=utf-8" },
    });
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (isHttpsRequest(request, process.env.TRUST_PROXY_HEADERS === "1")) {
    response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

// Pages only: API routes answer JSON or files (no scripts to police; their headers come from
// server/http/api-route.ts), and built assets are the same for everyone.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)"],
};
