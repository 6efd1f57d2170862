// A real HTTP server on 127.0.0.1 (a free port) for import tests: each path answers as its
// handler says. Nothing here reaches beyond this machine.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type LocalSite = { url: (path: string) => string; close: () => Promise<void> };
export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export async function startLocalSite(routes: Record<string, Route>): Promise<LocalSite> {
  const server = http.createServer((request, response) => {
    const route = routes[new URL(request.url ?? "/", "http://local").pathname];
    if (route) return route(request, response);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const page =
  (html: string, contentType = "text/html; charset=utf-8"): Route =>
  (_request, response) => {
    response.writeHead(200, { "content-type": contentType }).end(html);
  };

export const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location }).end();
  };

/** A news article page with the metadata sites usually carry. */
export function articlePage({ title = "Council approves the budget", paragraphs = 6 } = {}): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the city council voted on Tuesday to approve a budget that, the mayor said, ` +
      `cuts taxes by 40 percent while keeping every library open, a claim the opposition disputes.</p>`,
  ).join("\n");
  return `<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>${title} | The Daily Test</title>
  <meta property="og:site_name" content="The Daily Test">
  <meta property="article:published_time" content="2024-05-14T09:30:00Z">
  <meta name="author" content="Jane Reporter">
  <script>window.ran = true; document.title = "script ran";</script>
  <link rel="stylesheet" href="http://10.0.0.1/never-loaded.css">
</head><body>
  <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
  <article>
    <h1>${title}</h1>
    <p class="byline">By Jane Reporter</p>
    ${body}
    <p>Read <a href="/budget.pdf">the budget</a> or <a href="javascript:alert(1)">this</a>.</p>
    <img src="http://10.0.0.1/tracker.png" onerror="alert(2)">
  </article>
  <footer>Copyright The Daily Test</footer>
</body></html>`;
}
