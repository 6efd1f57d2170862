// (f) Articles that change, through the real routes: a new revision of the big article (10,000
// words, 500 claims, 50 scattered edits) end to end, and a URL import of a 1 MB page served
// from this machine (the bench app runs with IMPORT_ALLOW_PRIVATE_HOSTS=1 for that page only).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Session } from "./session";

export interface RequestTiming {
  medianMs: number;
  runsMs: number[];
  detail: string;
}

async function post(baseUrl: string, path: string, session: Session, body: unknown) {
  const started = performance.now();
  const response = await fetch(baseUrl + path, {
    method: "POST",
    // The API refuses cookie requests that name no origin (CSRF), as a browser page would.
    headers: { cookie: session.cookieHeader, "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return { ms: Math.round(performance.now() - started), json: JSON.parse(text) as Record<string, unknown> };
}

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

/** Every 200th word gets an "s", so the 50 edits are spread over the whole text. */
export function scatterEdits(text: string, every = 200): string {
  let word = 0;
  return text.replace(/[A-Za-z]+/g, (w) => (++word % every === 0 ? `${w}s` : w));
}

/** POST /api/articles/:id/revisions three times, each on the text the previous one saved. */
export async function timeRevisionPost(baseUrl: string, articleId: string, text: string, session: Session) {
  const runsMs: number[] = [];
  let current = text;
  let detail = "";
  for (let run = 0; run < 3; run++) {
    current = scatterEdits(current, 200 + run);
    const { ms, json } = await post(baseUrl, `/api/articles/${articleId}/revisions`, session, {
      format: "text",
      body: current,
    });
    runsMs.push(ms);
    detail = JSON.stringify(json.reanchor);
  }
  return { medianMs: median(runsMs), runsMs, detail } satisfies RequestTiming;
}

/**
 * A news-like page of about 0.7 MB: scripts, navigation, the article, then 5,000 related-story
 * links, half in an <aside> (which the importer drops before parsing) and half in a plain section.
 */
function megabytePage(): string {
  const paragraph =
    "<p>The council voted on Tuesday to raise the housing budget by 12 percent, officials said, after months of debate.</p>";
  const card = '<li class="related"><a href="/story">Another story about the city budget and what it means</a></li>';
  return `<!DOCTYPE html><html><head><title>Council raises housing budget | City Ledger</title>
<meta property="og:site_name" content="City Ledger"><script>${"var x=1;".repeat(20_000)}</script></head>
<body><nav>${card.repeat(200)}</nav><article><h1>Council raises housing budget</h1>${paragraph.repeat(60)}</article>
<aside><ul>${card.repeat(2_500)}</ul></aside><section class="related"><ul>${card.repeat(2_500)}</ul></section></body></html>`;
}

/** POST /api/articles with format "url" for a 1 MB page on 127.0.0.1, three times. */
export async function timeUrlImport(baseUrl: string, session: Session) {
  const page = megabytePage();
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
  try {
    const runsMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      runsMs.push((await post(baseUrl, "/api/articles", session, { format: "url", url })).ms);
    }
    return {
      medianMs: median(runsMs),
      runsMs,
      detail: `${(page.length / 1e6).toFixed(2)} MB page`,
    } satisfies RequestTiming;
  } finally {
    server.close();
  }
}
