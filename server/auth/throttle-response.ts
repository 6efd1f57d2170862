import "server-only";
import { retryAfterFromSignInError, tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";

/**
 * next-auth answers every refused credentials sign-in with 401 (JSON `{ url }` for signIn(), a
 * redirect for a plain form), the reason only in the URL's `error`. A locked sign-in must be a
 * 429 with Retry-After, so this rewrites next-auth's response when that reason is a lock and
 * passes every other response through untouched.
 */
export async function withThrottleStatus(response: Response): Promise<Response> {
  if (response.status !== 401 && response.status !== 302) return response;
  const target = response.headers.get("location") ?? (await jsonUrl(response));
  const error = target ? safeUrl(target)?.searchParams.get("error") : null;
  const retryAfter = retryAfterFromSignInError(error);
  if (retryAfter === null) return response;

  const headers = new Headers(response.headers);
  headers.delete("location");
  headers.set("content-type", "application/json");
  headers.set("retry-after", String(retryAfter));
  headers.set("cache-control", "no-store");
  const body = {
    url: target,
    error: { code: "TOO_MANY_REQUESTS", message: tooManyAttemptsMessage(retryAfter), retryAfter },
  };
  return new Response(JSON.stringify(body), { status: 429, headers });
}

async function jsonUrl(response: Response): Promise<string | null> {
  if (!response.headers.get("content-type")?.includes("application/json")) return null;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === "string" ? body.url : null;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value, "http://localhost");
  } catch {
    return null;
  }
}
