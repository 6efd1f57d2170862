import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { apiActor, getRequestAuth } from "@/server/auth";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { env } from "@/server/env";
import { fieldErrorsFromZod } from "@/server/http/field-errors";
import { checkRequestOrigin, isSafeMethod } from "@/server/http/origin-policy";
import { isJsonMediaType } from "@/server/http/read-json";
import { isAddressable } from "@/lib/validation/text";

// API answers are per user and per moment: no browser or proxy may keep one.
const NO_STORE = { "cache-control": "no-store" };

type Params = Record<string, string>;
type Context<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (request: Request, ctx: { actor: Actor; params: P }) => Promise<Response>;

/**
 * Every authenticated JSON route goes through here: it refuses state changes from other sites
 * (CSRF, 403) and stray bodies (415), loads the user (401 without a session), and turns errors
 * into `{ error: { code, message, fields? } }` with the status the code names. Nothing it answers
 * may be cached (a response that sets its own Cache-Control, like an export, keeps it).
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    let response: Response;
    try {
      // CSRF, a step of its own: it guards the session cookie, so a request that authenticates
      // otherwise (an API token) is the one thing that may skip it.
      const auth = await getRequestAuth();
      if (auth?.kind !== "token") assertSameOrigin(request);
      assertNoStrayBody(request);
      const actor = apiActor(auth, new URL(request.url).pathname);
      response = await handler(request, { actor, params: addressable((await context.params) ?? ({} as P)) });
    } catch (error) {
      response = isClientGone(request, error) ? clientGone() : errorResponse(error);
    }
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    return response;
  };
}

/** Ids in the path go to the database as they are: refuse the ones nothing could be stored under. */
function addressable<P extends Params>(params: P): P {
  if (!Object.values(params).every(isAddressable))
    throw new AppError("NOT_FOUND", "Nothing exists at this address. Check the link.");
  return params;
}

function assertSameOrigin(request: Request): void {
  const { NEXTAUTH_URL, TRUSTED_ORIGINS, TRUST_PROXY_HEADERS } = env();
  const verdict = checkRequestOrigin(request, {
    appUrl: NEXTAUTH_URL,
    trustedOrigins: TRUSTED_ORIGINS,
    trustProxyHeaders: TRUST_PROXY_HEADERS,
  });
  if (!verdict.allowed) throw new AppError("CSRF_ORIGIN", verdict.reason);
}

/**
 * A body-less POST (submit, approve, publish) reads no body, so readJson's media-type check never
 * runs: refuse any non-JSON body here, or a cross-site form could still reach those routes.
 */
function assertNoStrayBody(request: Request): void {
  if (isSafeMethod(request.method)) return;
  const type = request.headers.get("content-type");
  const hasBody = Number(request.headers.get("content-length") ?? "0") > 0 || request.headers.has("transfer-encoding");
  if (type === null ? hasBody : !isJsonMediaType(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
}

/**
 * The browser went away while its request was still arriving (a tab closing mid-upload, a
 * keepalive request cut off): nothing went wrong on our side, so it is not logged as an error.
 */
function isClientGone(request: Request, error: unknown): boolean {
  if (error instanceof AppError) return false;
  const code = (error as { code?: unknown } | null)?.code;
  return request.signal.aborted || (error instanceof Error && error.message === "aborted" && code === "ECONNRESET");
}

function clientGone(): Response {
  return NextResponse.json(
    { error: { code: "ABORTED", message: "The request was cancelled before it arrived in full. Nothing was saved." } },
    { status: 400, headers: NO_STORE },
  );
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, fields: error.fields, ...error.details } };
    const retryAfter = error.details?.retryAfter;
    const headers = typeof retryAfter === "number" ? { ...NO_STORE, "retry-after": String(retryAfter) } : NO_STORE;
    return NextResponse.json(body, { status: error.status, headers });
  }
  if (error instanceof ZodError) {
    const fields = fieldErrorsFromZod(error);
    return NextResponse.json(
      { error: { code: "VALIDATION", message: "Some fields need attention.", fields } },
      { status: 400, headers: NO_STORE },
    );
  }
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved; please try again." } },
    { status: 500, headers: NO_STORE },
  );
}

export function json(body: unknown, status = 200): Response {
  return NextResponse.json(body, { status, headers: NO_STORE });
}
