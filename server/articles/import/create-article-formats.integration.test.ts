import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { budgetDocx, DOCX_FIXTURE_TEXT } from "@/server/articles/import/testing/docx-fixture";

let checker: Actor;
beforeAll(async () => {
  checker = await makeActor("CHECKER", "Mo Formats");
});

describe("createArticle from Markdown and Word", () => {
  it("stores a Markdown article with its structure", async () => {
    const article = await createArticle(
      { title: "Markdown", format: "markdown", body: "## Claims\n\nThe mayor said *taxes fell*.\n\n- one\n- two" },
      checker,
    );
    expect(article.contentHtml).toContain("<h2>Claims</h2>");
    expect(article.contentHtml).toContain("<em>taxes fell</em>");
    expect(article.contentText).toBe("Claims\n\nThe mayor said taxes fell.\n\none\n\ntwo");
    expect((await getArticle(article.id, checker)).contentText).toBe(article.contentText);
  });

  it("stores a .docx sent as base64", async () => {
    const body = (await budgetDocx()).toString("base64");
    const article = await createArticle({ title: "From Word", format: "docx", body }, checker);
    expect(article.contentText).toBe(DOCX_FIXTURE_TEXT);
    expect(article.contentHtml).toContain("<h1>Budget claims</h1>");
  });

  it("refuses a body that is not a Word file with 422 at the body field, saving nothing", async () => {
    const before = await db.article.count();
    const error = await rejection(
      createArticle({ title: "Fake", format: "docx", body: Buffer.from("plain text").toString("base64") }, checker),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fields?.body?.[0]).toMatch(/not a Word document/);
    expect(await db.article.count()).toBe(before);
  });

  it("asks for the address, not a title or body, when importing from the web", async () => {
    const error = await rejection(createArticle({ format: "url", url: "notaurl" }, checker));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ url: ["Enter a full web address starting with http:// or https://."] });
    const missing = await rejection(createArticle({ format: "url" }, checker));
    expect(missing.fields).toEqual({ url: ["Enter a full web address starting with http:// or https://."] });
    const badFormat = await rejection(createArticle({ title: "x", format: "pdf", body: "x" }, checker));
    expect(badFormat.fields?.format?.[0]).toMatch(/Choose plain text, HTML, Markdown/);
  });
});
