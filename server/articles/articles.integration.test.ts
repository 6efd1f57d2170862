import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { listArticles } from "@/server/articles/list-articles";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { readSeedArticle } from "@/prisma/seed/demo";

let checker: Actor;
beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Integration");
});

const articleCount = () => db.article.count();

describe("createArticle", () => {
  it("imports the seed article as one paragraph with its double spaces intact", async () => {
    const seed = await readSeedArticle();
    const article = await createArticle(
      { title: "Sessions", body: seed, outlet: "CNN", publishedAt: "2017-03-02" },
      checker,
    );

    expect(article.contentText).toBe(seed.trim());
    expect(article.contentText).toContain("recuse himself from   inquiries");
    expect(article.contentHtml.match(/<p>/g)).toHaveLength(1);
    expect(article.publishedAt).toBe("2017-03-02T00:00:00.000Z");
    expect(article.createdBy.name).toBe("Casey Integration");

    const { articles: listed } = await listArticles(checker, { limit: "100" });
    expect(listed.find((a) => a.id === article.id)).toMatchObject({ title: "Sessions", claimCount: 0 });
    expect((await getArticle(article.id, checker)).contentText).toBe(seed.trim());
  });

  it("splits plain text on blank lines", async () => {
    const article = await createArticle(
      { title: "Paragraphs", body: "First line\nsame paragraph\n\n\nSecond one." },
      checker,
    );
    expect(article.contentText).toBe("First line\nsame paragraph\n\nSecond one.");
  });

  it("keeps structure from HTML and removes everything executable", async () => {
    const body = `<h2 onclick="steal()">Heading</h2><p>Hello <em>world</em> <a href="javascript:alert(1)">bad</a> <a href="https://example.org/x">good</a></p>
      <script>alert("x")</script><style>p{}</style><iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)><ul><li>one</li><li>two</li></ul>`;
    const article = await createArticle({ title: "HTML", format: "html", body }, checker);

    expect(article.contentHtml).toContain("<h2>Heading</h2>");
    expect(article.contentHtml).toContain('href="https://example.org/x"');
    expect(article.contentHtml).toContain("<em>world</em>");
    expect(article.contentHtml).toMatch(/<ul>.*one.*two.*<\/ul>/);
    for (const bad of ["script", "onclick", "onerror", "javascript:", "iframe", "style", "alert"]) {
      expect(article.contentHtml.toLowerCase()).not.toContain(bad);
    }
    expect(article.contentText).toBe("Heading\n\nHello world bad good\n\none\n\ntwo");
  });

  it("refuses an empty body, a bad URL and a missing title with field messages, saving nothing", async () => {
    const before = await articleCount();
    const error = await rejection(createArticle({ title: " ", body: "   \n ", url: "ftp://example.org" }, checker));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["body", "title", "url"]);
    expect(error.fields?.url?.[0]).toMatch(/http/);
    expect(await articleCount()).toBe(before);
  });

  it("refuses HTML that has no readable text once sanitized", async () => {
    const error = await rejection(
      createArticle({ title: "Only a script", format: "html", body: "<script>alert(1)</script>" }, checker),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fields?.body?.[0]).toMatch(/Nothing readable/);
  });

  it("refuses a body over 2 MB with 413 and saves nothing", async () => {
    const before = await articleCount();
    const error = await rejection(createArticle({ title: "Huge", body: "a".repeat(2 * 1024 * 1024 + 1) }, checker));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await articleCount()).toBe(before);
  });

  it("says not found for an unknown article", async () => {
    expect((await rejection(getArticle("nope", checker))).code).toBe("NOT_FOUND");
  });
});
