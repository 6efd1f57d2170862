// Measurement (c): the gzip size of the JavaScript the article page loads. Every .js response
// during the load (until the highlights are painted and the network is idle) plus any
// <script src> not fetched by then, except `nomodule` ones (Next's core-js polyfills, which a
// modern browser never downloads); each body gzipped at level 9 and summed. The HTML document
// (which inlines the RSC payload: the article and all its claims) is reported beside it.
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "@playwright/test";

export interface PageWeight {
  jsGzipBytes: number;
  jsRawBytes: number;
  scripts: { url: string; rawBytes: number; gzipBytes: number }[];
  documentRawBytes: number;
  documentGzipBytes: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export async function measurePageWeight(context: BrowserContext, pageUrl: string): Promise<PageWeight> {
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer | null>>();
  let documentBody: Promise<Buffer | null> = Promise.resolve(null);
  page.on("response", (response) => {
    const url = response.url();
    const type = response.headers()["content-type"] ?? "";
    if (url === pageUrl) documentBody = response.body().catch(() => null);
    else if (/\.m?js(\?|$)/.test(new URL(url).pathname + new URL(url).search) || type.includes("javascript")) {
      if (!bodies.has(url))
        bodies.set(
          url,
          response.body().catch(() => null),
        );
    }
  });
  try {
    await page.goto(pageUrl, { waitUntil: "load" });
    await page.waitForSelector("mark[data-claim-id]", { timeout: 30_000 }).catch(() => undefined);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    // nomodule scripts (Next's core-js polyfills) are never fetched by a modern browser.
    const scriptSrcs = (await page.evaluate(
      `[...document.querySelectorAll("script[src]:not([nomodule])")].map((s) => s.src)`,
    )) as string[];
    for (const src of scriptSrcs) {
      if (!bodies.has(src))
        bodies.set(
          src,
          context.request.get(src).then(
            (r) => r.body(),
            () => null,
          ),
        );
    }
    const scripts: PageWeight["scripts"] = [];
    for (const [url, body] of bodies) {
      const buffer = await body;
      if (buffer) scripts.push({ url: new URL(url).pathname, rawBytes: buffer.length, gzipBytes: gzipSize(buffer) });
    }
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const documentBuffer = (await documentBody) ?? Buffer.alloc(0);
    return {
      jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
      jsRawBytes: scripts.reduce((sum, s) => sum + s.rawBytes, 0),
      scripts,
      documentRawBytes: documentBuffer.length,
      documentGzipBytes: gzipSize(documentBuffer),
    };
  } finally {
    await page.close();
  }
}
