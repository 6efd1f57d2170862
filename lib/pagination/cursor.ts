// Keyset ("cursor") pagination, shared by every list of the desk and its API. A cursor is the
// sort values of the last row of a page, and the page's sort, as base64url JSON: opaque to clients,
// stable when rows are added or deleted before it (an offset would skip or repeat rows), and
// answered by an index seek however deep the page. Pure: browser and server.
import { z } from "zod";
import { queryParam } from "@/lib/validation/query-param";

export type CursorValue = string | number | null;

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export function encodeCursor(sort: string, values: readonly CursorValue[]): string {
  const json = JSON.stringify([sort, ...values]);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * The values of a cursor made for `sort` with `count` values, or null when it is not one (made
 * for another sort, edited, or not a cursor at all): the caller answers that with a 400.
 */
export function decodeCursor(raw: string, sort: string, count: number): CursorValue[] | null {
  try {
    const binary = atob(raw.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (!Array.isArray(parsed) || parsed.length !== count + 1 || parsed[0] !== sort) return null;
    const values = parsed.slice(1);
    const valid = values.every((v) => v === null || typeof v === "string" || (typeof v === "number" && isFinite(v)));
    return valid ? (values as CursorValue[]) : null;
  } catch {
    return null;
  }
}

/** `?cursor=`: what a previous page's nextCursor said. */
export const CursorParam = queryParam(
  z
    .string()
    .max(1_000, "That cursor is not one this list gave out.")
    .regex(/^[\w-]+$/, "That cursor is not one this list gave out."),
);

/** `?limit=`: rows per page, 1 to `max`. */
export function limitParam(max: number) {
  return queryParam(
    z.coerce
      .number(`Give the page size as a number from 1 to ${max}.`)
      .int(`Give the page size as a whole number from 1 to ${max}.`)
      .min(1, `Give the page size as a number from 1 to ${max}.`)
      .max(max, `At most ${max} per page.`),
  );
}

/**
 * The page of `rows` fetched with one row more than `limit`: that extra row only says whether a
 * next page exists, and the cursor is made from the page's last row.
 */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  view: (row: R) => T,
  cursorOf: (row: R) => string,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { items: shown.map(view), nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
