// Load test (a): POST /api/articles/:id/claims with autocannon, against the app, the framework
// floor (floor/, a Next route handler doing bare-server.ts's INSERT) and the bare Node http + pg
// baseline (bare-server.ts), with the same body and connection count. The reads use it too.
import path from "node:path";
import autocannon from "autocannon";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { SEED_ARTICLE_TITLE } from "@/prisma/seed/demo";
import { freePort, processTreeCpuMs, startServer, type Server } from "./processes";
import { getJson, type Session } from "./session";

export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  durationSeconds: number;
  /** CPU time the server process tree used per request during the measured run. */
  serverCpuMsPerRequest: number;
}

export const LOAD = { connections: 10, seconds: 10, warmupSeconds: 3 };

/** The body a fact-checker's browser sends for `phrase` (first occurrence) in the article text. */
export function claimBody(contentText: string, phrase: string): string {
  const start = contentText.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the article text`);
  const { quote, position } = selectorsForRange(contentText, start, start + phrase.length);
  return JSON.stringify({ target: { selector: [quote, position] } });
}

/** The demo article's id and the body that marks `phrase` in it, read through the API. */
export async function seedArticleClaim(
  baseUrl: string,
  session: Session,
  phrase: string,
): Promise<{ seedId: string; body: string }> {
  const { articles } = await getJson<{ articles: { id: string; title: string }[] }>(baseUrl, "/api/articles", session);
  const seedId = articles.find((a) => a.title === SEED_ARTICLE_TITLE)?.id;
  if (!seedId) throw new Error("The seed article is not in GET /api/articles");
  const { article } = await getJson<{ article: { contentText: string } }>(baseUrl, `/api/articles/${seedId}`, session);
  return { seedId, body: claimBody(article.contentText, phrase) };
}

export const claimsPath = (articleId: string) => `/api/articles/${articleId}/claims`;
export const floorClaimsPath = (articleId: string) => `/api/bench-floor/articles/${articleId}/claims`;

/** POSTs `body` to `route` (claimsPath or floorClaimsPath) under LOAD, with `connections` clients. */
export function loadClaims(
  server: Server,
  route: string,
  body: string,
  { cookie, connections = LOAD.connections }: { cookie?: string; connections?: number } = {},
): Promise<LoadFigures> {
  const options = {
    url: server.url + route,
    method: "POST" as const,
    connections,
    headers: { "Content-Type": "application/json", Origin: server.url, ...(cookie ? { Cookie: cookie } : {}) },
    body,
  };
  return measureLoad(server, options, LOAD);
}

/** A short unmeasured run (JIT, lazily loaded route code, pool connections), then the measured one. */
export async function measureLoad(
  server: Server,
  options: autocannon.Options,
  { seconds, warmupSeconds }: { seconds: number; warmupSeconds: number },
): Promise<LoadFigures> {
  await autocannon({ ...options, duration: warmupSeconds });
  const cpuBefore = processTreeCpuMs(server.child.pid!);
  const result = await autocannon({ ...options, duration: seconds });
  const cpuMs = processTreeCpuMs(server.child.pid!) - cpuBefore;
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    durationSeconds: result.duration,
    serverCpuMsPerRequest: result.requests.total > 0 ? Math.round((cpuMs / result.requests.total) * 100) / 100 : 0,
  };
}

/** One request, to fail fast with the app's own error message if the body is not accepted. */
export async function checkOneClaim(baseUrl: string, route: string, body: string, cookie?: string): Promise<void> {
  const response = await fetch(baseUrl + route, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });
  if (response.status !== 201) throw new Error(`POST ${baseUrl} claims: ${response.status} ${await response.text()}`);
}

export async function startBareServer(databaseUrl: string, userId: string): Promise<Server> {
  const port = await freePort();
  return startServer(
    "bare http + pg server",
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "bare-server.ts")],
    {
      cwd: path.resolve(__dirname, ".."),
      url: `http://127.0.0.1:${port}`,
      readyPath: "/health",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        BENCH_USER_ID: userId,
        NODE_ENV: "production",
      },
    },
  );
}

/** app req/s ÷ baseline req/s; null when the baseline served nothing. */
export function throughputRatio(app: LoadFigures, baseline: LoadFigures): number | null {
  return baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : null;
}
