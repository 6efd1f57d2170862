// JSON requests as the desk's own pages send them: exact media type and our Origin on every
// state change, so only what a case changes on purpose differs from a real browser's request.
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_BASE_URL } from "@/e2e/fixtures/config";

export interface SendOptions {
  /** A JSON value to send, or `raw` text as it is. */
  body?: unknown;
  raw?: string;
  /** Headers to add or override. */
  headers?: Record<string, string>;
}

const DEFAULT_HEADERS = { "content-type": "application/json", origin: E2E_BASE_URL };

export async function send(
  request: APIRequestContext,
  method: "POST" | "PATCH" | "DELETE",
  path: string,
  { body, raw, headers = {} }: SendOptions = {},
): Promise<APIResponse> {
  // A Buffer goes out byte for byte: Playwright would JSON-encode a string that is not valid JSON.
  const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  const data = text === undefined ? undefined : Buffer.from(text);
  return request.fetch(path, { method, headers: { ...DEFAULT_HEADERS, ...headers }, data, failOnStatusCode: false });
}

/** POSTs and returns the JSON of a success, failing with the server's answer otherwise. */
export async function post<T>(request: APIRequestContext, path: string, body?: unknown): Promise<T> {
  const response = await send(request, "POST", path, { body });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A cookie jar of its own, for a second person acting beside the page's user. */
export function newApiContext(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
}
