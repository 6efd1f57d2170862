import "server-only";
import { lookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { AppError } from "@/server/errors";
import { env } from "@/server/env";
import {
  parseFetchUrl,
  refuse,
  resolvePublicAddress,
  type Resolve,
  type ResolvedAddress,
} from "@/server/articles/import/fetch-target";
import { readLimitedResponse } from "@/server/articles/import/read-limited-response";

export type SafeFetchOptions = {
  /** For everything: DNS, connecting, every redirect and the whole body. */
  timeoutMs: number;
  /** Of the decompressed body. */
  maxBytes: number;
  maxRedirects: number;
  /** Media types accepted, lower case ("text/html"); anything else is refused before the body is read. */
  contentTypes: readonly string[];
  /** Defaults to IMPORT_ALLOW_PRIVATE_HOSTS. */
  allowLoopback: boolean;
  resolve: Resolve;
};

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

export type FetchedResponse = {
  /** The address the body came from, after redirects. */
  url: string;
  /** The Content-Type header as sent, e.g. "text/html; charset=utf-8". */
  contentType: string;
  body: Buffer;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET for addresses a user typed, safe against server-side request forgery: http(s) only, every
 * hop's host resolved here and refused unless public (see address-policy.ts), the connection
 * pinned to the address that was checked, redirects followed by hand and checked again, and
 * bounded in time and size. Every refusal is a 422 that says why.
 */
export async function safeFetch(
  address: string,
  options: Partial<SafeFetchOptions> & Pick<SafeFetchOptions, "contentTypes">,
): Promise<FetchedResponse> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_LIMITS, ...options };
  const policy = { allowLoopback: options.allowLoopback ?? env().IMPORT_ALLOW_PRIVATE_HOSTS };
  const resolve = options.resolve ?? ((host: string) => lookup(host, { all: true }) as Promise<ResolvedAddress[]>);
  const controller = new AbortController();
  const timedOut = refuse(`The server took longer than ${timeoutMs / 1000} seconds.`);
  const timer = setTimeout(() => controller.abort(timedOut), timeoutMs);
  const signal = controller.signal;
  try {
    let url = parseFetchUrl(address);
    for (let redirects = 0; ; redirects++) {
      const pinned = await untilAborted(resolvePublicAddress(url, policy, resolve), signal);
      const response = await get(url, pinned, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects === maxRedirects) throw refuse(`Too many redirects (more than ${maxRedirects}).`);
        url = parseFetchUrl(new URL(location, url).href, "This address redirects to an address that");
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw refuse(`The page answered ${status} ${http.STATUS_CODES[status] ?? ""}`.trim() + ".");
      }
      const contentType = acceptedContentType(response, options.contentTypes);
      return { url: url.href, contentType, body: await readLimitedResponse(response, maxBytes) };
    }
  } catch (error) {
    throw signal.aborted ? timedOut : asRefusal(error);
  } finally {
    clearTimeout(timer);
  }
}

function get(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  // Called by net.connect instead of DNS; `all` is asked for when it races IPv4 and IPv6.
  const pinnedLookup = ((_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "GET",
      lookup: pinnedLookup,
      // A pooled socket could be one opened to another address; each hop gets its own.
      agent: false,
      signal,
      headers: {
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "FactDesk/1.0 (article import)",
      },
    });
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

function acceptedContentType(response: IncomingMessage, accepted: readonly string[]): string {
  const header = response.headers["content-type"] ?? "";
  const mediaType = header.split(";")[0]!.trim().toLowerCase();
  if (accepted.includes(mediaType)) return header;
  response.destroy();
  throw refuse(
    mediaType
      ? `This address answers with ${mediaType}, not a web page.`
      : "This address does not say what it answers with (no Content-Type), so it is not read as a web page.",
  );
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "The server refused the connection.",
  ECONNRESET: "The server closed the connection before sending the page.",
  EHOSTUNREACH: "The server cannot be reached.",
  ENETUNREACH: "The server cannot be reached.",
  ETIMEDOUT: "The server cannot be reached.",
  Z_DATA_ERROR: "The page's compressed data is damaged.",
  Z_BUF_ERROR: "The page's compressed data is damaged.",
};

function asRefusal(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // Network and TLS failures carry a code; anything without one is a bug, and stays a 500.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  if (NETWORK_WORDS[code]) return refuse(NETWORK_WORDS[code]);
  if (/CERT|SSL|TLS/.test(code)) return refuse(`The site's security certificate could not be verified (${code}).`);
  return refuse(`The page could not be fetched (${code}).`);
}
