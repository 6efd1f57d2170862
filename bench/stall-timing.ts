// (g) No request may stall the server: the worst article bodies we know (lib/article/testing/
// worst-bodies.ts, a large Word file, and a deeply nested page for URL import) are posted at once
// while /api/health is probed one request after another; the probes' p99 has a 200 ms target.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { worstTextBodies } from "@/lib/article/testing/worst-bodies";
import { largeDocxBody } from "@/server/articles/import/testing/large-docx";
import type { Session } from "./session";

export type StallTiming = {
  healthP99Ms: number;
  healthMaxMs: number;
  probes: number;
  posts: { name: string; status: number; ms: number }[];
};

/** A page of 1,000 links and 300 levels of nesting around its article, for Readability to score. */
function nestedPage(): string {
  const paragraph = "<p>The council voted on Tuesday to raise the housing budget, officials said, after months.</p>";
  return `<!DOCTYPE html><html><head><title>Deep page</title></head><body>${"<div><span>".repeat(150)}
<article><h1>Deep page</h1>${paragraph.repeat(2000)}</article>${'<a href="/x">link</a>'.repeat(1000)}</body></html>`;
}

export async function timeStall(baseUrl: string, session: Session): Promise<StallTiming> {
  const page = nestedPage();
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/deep`;
  const headers = { cookie: session.cookieHeader, "content-type": "application/json", origin: baseUrl };
  try {
    const bodies = [...worstTextBodies(), await largeDocxBody(12_000)];
    const requests = [
      ...bodies.map((b) => ({ name: b.name, data: { title: b.name, format: b.format, body: b.body } })),
      { name: `URL import of a ${(page.length / 1e6).toFixed(1)} MB nested page`, data: { format: "url", url } },
    ];
    let pending = requests.length;
    const posts = requests.map(async ({ name, data }) => {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/articles`, { method: "POST", headers, body: JSON.stringify(data) });
      await response.text();
      pending -= 1;
      return { name, status: response.status, ms: Math.round(performance.now() - started) };
    });
    const latencies: number[] = [];
    while (pending > 0) {
      const started = performance.now();
      await (await fetch(`${baseUrl}/api/health`)).text();
      latencies.push(performance.now() - started);
    }
    const sorted = latencies.sort((a, b) => a - b);
    return {
      healthP99Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0),
      healthMaxMs: Math.round(sorted.at(-1) ?? 0),
      probes: sorted.length,
      posts: await Promise.all(posts),
    };
  } finally {
    server.close();
  }
}
