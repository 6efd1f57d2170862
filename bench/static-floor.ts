// The static floor for (b): the long article as its HTML export renders it (lib/export, the one
// renderer of the annotated article), 500 <mark data-claim> and no scripts, served as a file by
// the same `next start` (floor/static/route.ts). The app's painted time ÷ this is what rendering
// the highlights in the editor costs over a browser drawing the same marks from plain HTML.
import { writeFileSync } from "node:fs";
import { STATIC_FLOOR_FILE } from "./app-server";
import type { Session } from "./session";

export const STATIC_FLOOR_ROUTE = "/api/bench-floor/static";
export const STATIC_MARK_ATTRIBUTE = "data-claim";

/** Exports the article, checks that its marks name every claim, and writes it for the floor route. */
export async function writeStaticFloor(
  baseUrl: string,
  articleId: string,
  session: Session,
  claims: number,
): Promise<{ bytes: number }> {
  const route = `/api/articles/${articleId}/export?format=html&scope=all`;
  const response = await fetch(baseUrl + route, { headers: { Cookie: session.cookieHeader } });
  if (!response.ok) throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
  const html = await response.text();
  const markOf = new RegExp(`<mark\\b[^>]*\\b${STATIC_MARK_ATTRIBUTE}="([^"]+)"`, "g");
  const marked = new Set([...html.matchAll(markOf)].map((m) => m[1]));
  if (marked.size !== claims) throw new Error(`The HTML export marks ${marked.size} claims, not ${claims}`);
  writeFileSync(STATIC_FLOOR_FILE, html);
  return { bytes: Buffer.byteLength(html) };
}
