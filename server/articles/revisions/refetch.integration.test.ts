// Re-fetching a URL article against a real local web server: a new revision only when the text
// changed beyond whitespace and quote styles.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createArticle } from "@/server/articles/create-article";
import { refetchArticle } from "@/server/articles/revisions/refetch-article";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { page, startLocalSite, type LocalSite } from "@/server/articles/import/testing/local-site";

const loopback = { fetch: { allowLoopback: true } };
const STORY = `The mayor said "taxes fell by 40 percent" last year, and critics don't agree with him at all.`;
let body = STORY;
let checker: Actor;
let site: LocalSite;

beforeAll(async () => {
  checker = await makeActor("CHECKER");
  site = await startLocalSite({
    "/story": (req, res) =>
      page(
        `<html><head><title>Taxes</title></head><body><article><h1>Taxes</h1>${`<p>${body}</p>`.repeat(4)}</article></body></html>`,
      )(req, res),
  });
});
afterAll(() => site.close());

it("says there is no change when only quotes and spaces differ, and saves a revision when words do", async () => {
  const article = await createArticle({ title: "Taxes", format: "url", url: site.url("/story") }, checker, loopback);
  body = STORY.replace("said", "said&nbsp; ")
    .replace('"taxes', "“taxes")
    .replace('percent"', "percent”")
    .replace("don't", "don’t");
  const same = await refetchArticle(article.id, checker, loopback);
  expect(same).toMatchObject({
    changed: false,
    revision: 1,
    message: expect.stringMatching(/^No change since .+ \(revision 1\)\.$/),
  });

  body = STORY.replace("40 percent", "45 percent");
  const changed = await refetchArticle(article.id, checker, loopback);
  expect(changed).toMatchObject({ changed: true, revision: { number: 2, source: "url" } });
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).contentText).toContain("45 percent");
});
