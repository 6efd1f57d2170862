import { NextResponse, type NextRequest } from "next/server";

/**
 * Tells pages which address was asked for, so a signed-out visitor is sent back there after
 * signing in. Not a permission check: pages and API routes check the session themselves.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-requested-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/articles/:path*", "/review", "/admin/:path*"] };
