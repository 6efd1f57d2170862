import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle } from "@/server/articles/create-article";
import { db } from "@/server/db";
import { env } from "@/server/env";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import type { ImportOptions } from "@/server/articles/import/import-article-source";
import {
  articlePage,
  page,
  redirect,
  startLocalSite,
  type LocalSite,
} from "@/server/articles/import/testing/local-site";

// env() is validated once per process, so the loopback allowance of IMPORT_ALLOW_PRIVATE_HOSTS=1
// is passed as the option it becomes; the variable itself stays unset here (and is set for real
// in the e2e server).
const loopback = { fetch: { allowLoopback: true } };
const MB = 1024 * 1024;

let checker: Actor;
let site: LocalSite;

beforeAll(async () => {
  vi.stubEnv("IMPORT_ALLOW_PRIVATE_HOSTS", "");
  checker = await makeActor("CHECKER", "Uma Import");
  site = await startLocalSite({
    "/story": page(articlePage()),
    "/jsonld": page(
      `<html><head><title>Ignored</title><script type="application/ld+json">${JSON.stringify({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Rents rose again",
        author: [{ "@type": "Person", name: "Ada Byline" }],
        publisher: { "@type": "Organization", name: "Ledger Online" },
        datePublished: "2023-11-02T08:00:00+01:00",
      })}</script></head><body><article>${"<p>Rents rose by ten percent across the city this year, the housing office reported on Thursday.</p>".repeat(5)}</article></body></html>`,
    ),
    "/time-only": page(
      `<html><head><title>Fares doubled</title></head><body><article><h1>Fares doubled</h1><time datetime="2022-01-05">5 January</time>${"<p>Bus fares doubled overnight, riders said, though the transit agency says the rise was only fifty percent.</p>".repeat(5)}</article></body></html>`,
    ),
    "/xhtml": page(articlePage({ title: "Served as XHTML" }), "application/xhtml+xml"),
    "/pdf": page("%PDF-1.7", "application/pdf"),
    "/no-type": (_req, res) => res.end("<p>hello</p>"),
    "/missing": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<p>gone</p>"),
    "/huge": page(`<p>${"x".repeat(5 * MB)}</p>`),
    "/huge-streamed": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "y".repeat(64 * 1024);
      // Writes for as long as the client keeps reading: no Content-Length to refuse up front.
      const push = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on("drain", push);
      push();
    },
    "/gzip-bomb": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(6 * MB, 0x20)));
    },
    "/gzipped": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipSync(articlePage({ title: "Compressed story" })));
    },
    "/never-answers": () => {},
    "/stalls": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>Half a page");
    },
    "/to-private": redirect("http://10.0.0.1/admin"),
    "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/", 307),
    "/to-rebound-name": redirect("http://rebound.test/"),
    "/to-ftp": redirect("ftp://example.org/file"),
    "/deep": page(`<html><body>${"<div>".repeat(2000)}<p>Buried text that is very deep in the page.</p></body></html>`),
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`/hop${i}`, redirect(i === 5 ? "/story" : `/hop${i + 1}`, 301)]),
    ),
  });
});

afterAll(async () => {
  await site.close();
  vi.unstubAllEnvs();
});

const importUrl = (url: string, extra: Record<string, unknown> = {}, options: ImportOptions = loopback) =>
  createArticle({ format: "url", url, ...extra }, checker, options);

describe("a new article from a web address", () => {
  it("extracts the article, its title, byline, site name and date, and records where it came from", async () => {
    const article = await importUrl(site.url("/story"));

    expect(article).toMatchObject({
      title: "Council approves the budget",
      author: "Jane Reporter",
      outlet: "The Daily Test",
      publishedAt: "2024-05-14T09:30:00.000Z",
      url: site.url("/story"),
    });
    expect(article.contentText).toContain("Paragraph 6: the city council voted on Tuesday");
    expect(article.contentText).not.toMatch(/Home|Politics|Copyright/);
    // Relative links now point at the page's site; script links and images are gone.
    expect(article.contentHtml).toContain(`<a href="${site.url("/budget.pdf")}">the budget</a>`);
    expect(article.contentHtml.toLowerCase()).not.toMatch(/javascript:|<img|<script|onerror|alert/);
    expect(await db.article.count({ where: { id: article.id } })).toBe(1);
  });

  it("keeps what the person typed over what the page says, and fills in the rest", async () => {
    const article = await importUrl(site.url("/story"), { title: "Our headline", author: "Desk Editor" });
    expect(article).toMatchObject({
      title: "Our headline",
      author: "Desk Editor",
      outlet: "The Daily Test",
      publishedAt: "2024-05-14T09:30:00.000Z",
    });
  });

  it("reads NewsArticle JSON-LD, a bare <time>, XHTML and gzip", async () => {
    expect(await importUrl(site.url("/jsonld"))).toMatchObject({
      title: "Rents rose again",
      author: "Ada Byline",
      outlet: "Ledger Online",
      publishedAt: "2023-11-02T07:00:00.000Z",
    });
    expect(await importUrl(site.url("/time-only"))).toMatchObject({
      title: "Fares doubled",
      publishedAt: "2022-01-05T00:00:00.000Z",
    });
    expect((await importUrl(site.url("/xhtml"))).title).toBe("Served as XHTML");
    expect((await importUrl(site.url("/gzipped"))).title).toBe("Compressed story");
  });

  it("follows up to 5 redirects and stores the address it ended at", async () => {
    const article = await importUrl(site.url("/hop1"));
    expect(article.url).toBe(site.url("/story"));
  });
});

describe("what the desk refuses to fetch, with 422 saying why and nothing saved", () => {
  const refused = async (url: string, options: ImportOptions = loopback) => {
    const before = await db.article.count();
    const error = await rejection(importUrl(url, {}, options));
    expect(await db.article.count()).toBe(before);
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fields?.url).toEqual([error.message]);
    return error.message;
  };

  it("refuses this machine itself while IMPORT_ALLOW_PRIVATE_HOSTS is unset", async () => {
    expect(env().IMPORT_ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(await refused(site.url("/story"), {})).toBe(
      "This address points to this server itself (loopback) (127.0.0.1); the desk only fetches public web pages.",
    );
  });

  it("refuses a redirect to a private network or the metadata service before connecting to it", async () => {
    expect(await refused(site.url("/to-private"))).toBe(
      "This address points to a private network (10.0.0.1); the desk only fetches public web pages.",
    );
    expect(await refused(site.url("/to-metadata"))).toBe(
      "This address points to a cloud metadata service (169.254.169.254); the desk only fetches public web pages.",
    );
    expect(await refused(site.url("/to-ftp"))).toMatch(/redirects to an address that uses ftp:/);
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    const resolve = vi.fn(async () => [{ address: "192.168.7.7", family: 4 as const }]);
    expect(await refused(site.url("/to-rebound-name"), { fetch: { allowLoopback: true, resolve } })).toBe(
      "This address points to a private network (192.168.7.7); the desk only fetches public web pages.",
    );
    expect(resolve).toHaveBeenCalledWith("rebound.test");
  });

  it("refuses more than 5 redirects", async () => {
    expect(await refused(site.url("/hop0"))).toBe("Too many redirects (more than 5).");
  });

  it("refuses pages over 5 MB, declared, streamed or compressed", async () => {
    expect(await refused(site.url("/huge"))).toBe("The page is larger than 5 MB.");
    expect(await refused(site.url("/huge-streamed"))).toBe("The page is larger than 5 MB.");
    expect(await refused(site.url("/gzip-bomb"))).toBe("The page is larger than 5 MB.");
  });

  it("refuses what is not a web page", async () => {
    expect(await refused(site.url("/pdf"))).toBe("This address answers with application/pdf, not a web page.");
    expect(await refused(site.url("/no-type"))).toMatch(/no Content-Type/);
    expect(await refused(site.url("/missing"))).toBe("The page answered 404 Not Found.");
  });

  it("gives up on a server that never answers or stops halfway", async () => {
    const quick = { fetch: { allowLoopback: true, timeoutMs: 300 } };
    expect(await refused(site.url("/never-answers"), quick)).toBe("The server took longer than 0.3 seconds.");
    expect(await refused(site.url("/stalls"), quick)).toBe("The server took longer than 0.3 seconds.");
  });

  it("refuses markup nested deeper than it can read safely", async () => {
    expect(await refused(site.url("/deep"))).toMatch(/nests its markup more than 400 levels deep/);
  });
});
