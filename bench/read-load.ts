// Reads beside (a): the long article (500 claims) through GET /api/articles/:id and through its
// page, against the framework floor's GET, which runs the same SELECTs in a bare route handler
// (floor/read-article.ts). Same connections as (a), a shorter run: a read leaves no rows behind,
// so it settles sooner, and the bench stays short.
import { LOAD, measureLoad, throughputRatio, type LoadFigures } from "./claim-load";
import type { Server } from "./processes";

export const READ_LOAD = { connections: LOAD.connections, seconds: 5, warmupSeconds: 2 };

export interface ReadFigures {
  articleApi: LoadFigures;
  articlePage: LoadFigures;
  floor: LoadFigures;
  /** app req/s ÷ floor req/s */
  articleRatio: number | null;
  pageRatio: number | null;
}

export async function loadReads(app: Server, articleId: string, cookie: string): Promise<ReadFigures> {
  const signedIn = { Cookie: cookie };
  const articleApi = await loadRead(app, `/api/articles/${articleId}`, signedIn);
  const articlePage = await loadRead(app, `/articles/${articleId}`, { ...signedIn, Accept: "text/html" });
  const floor = await loadRead(app, `/api/bench-floor/articles/${articleId}`, {});
  return {
    articleApi,
    articlePage,
    floor,
    articleRatio: throughputRatio(articleApi, floor),
    pageRatio: throughputRatio(articlePage, floor),
  };
}

/** One request first, so a redirect to sign-in or an error fails the bench instead of being timed. */
async function loadRead(server: Server, route: string, headers: Record<string, string>): Promise<LoadFigures> {
  const response = await fetch(server.url + route, { headers, redirect: "manual" });
  if (response.status !== 200) throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
  const options = { url: server.url + route, method: "GET" as const, connections: READ_LOAD.connections, headers };
  return measureLoad(server, options, READ_LOAD);
}
