import { beforeAll, describe, expect, it } from "vitest";
import { createRevision } from "@/server/articles/revisions/create-revision";
import { createClaim } from "@/server/claims/create-claim";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { dismissSuggestion } from "@/server/suggestions/dismiss-suggestion";
import { listSuggestions } from "@/server/suggestions/list-suggestions";
import { createArticle } from "@/prisma/seed/factories";

const STAT = "The council approved a $412 million budget on Tuesday, the largest in the city's history.";
const CRIME = "Mayor Dana Whitfield said violent crime had doubled since 2019.";
const POLICE = "Police records show 214 violent crimes were reported in 2019 and 391 last year.";
const OPINION = "Is that the city we want to be?";
const BODY = `${STAT} ${OPINION}\n\n${CRIME} ${POLICE}`;

let checker: Actor;
beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
});

const newArticle = () => createArticle(db, { createdById: checker.id, body: BODY });
const texts = async (articleId: string) => (await listSuggestions(articleId, checker)).map((s) => s.text);

describe("listSuggestions", () => {
  it("lists the check-worthy sentences best first, with offsets into contentText and their reasons", async () => {
    const article = await newArticle();
    const suggestions = await listSuggestions(article.id, checker);
    expect(suggestions.map((s) => s.text).sort()).toEqual([CRIME, POLICE, STAT].sort());
    for (const s of suggestions) expect(article.contentText.slice(s.start, s.end)).toBe(s.text);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.find((s) => s.text === STAT)?.reasons.map((r) => r.label)).toContain(
      "Has a statistic: $412 million",
    );
  });

  it("does not suggest a sentence a claim already covers, even in part", async () => {
    const article = await newArticle();
    await createClaim(
      article.id,
      { target: { selector: [{ type: "TextQuoteSelector", exact: "doubled since 2019" }] } },
      checker,
    );
    expect(await texts(article.id)).not.toContain(CRIME);
    expect(await texts(article.id)).toContain(POLICE);
  });

  it("answers not found for an unknown article", async () => {
    expect((await rejection(listSuggestions("no-such-article", checker))).code).toBe("NOT_FOUND");
  });
});

describe("dismissSuggestion", () => {
  it("keeps a dismissed sentence out of the suggestions, twice dismissed is once", async () => {
    const article = await newArticle();
    const start = article.contentText.indexOf(POLICE);
    const input = { start, end: start + POLICE.length, text: POLICE };
    await dismissSuggestion(article.id, input, checker);
    await dismissSuggestion(article.id, input, checker);
    expect(await texts(article.id)).not.toContain(POLICE);
    expect(await db.suggestionDismissal.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("keeps it dismissed in a new revision that keeps the sentence elsewhere, re-spaced", async () => {
    const article = await newArticle();
    const start = article.contentText.indexOf(POLICE);
    await dismissSuggestion(article.id, { start, end: start + POLICE.length, text: POLICE }, checker);
    const moved = `A new first paragraph was added on Friday by 3 editors.\n\n${STAT}\n\n${POLICE.replace(" 214 ", "  214 ")} ${CRIME}`;
    await createRevision(article.id, { format: "text", body: moved, note: "Update" }, checker);
    const after = await texts(article.id);
    expect(after).toContain(CRIME);
    expect(after.some((t) => t.includes("214 violent crimes"))).toBe(false);
  });

  it("refuses (422) a sentence that is not at those offsets", async () => {
    const article = await newArticle();
    const error = await rejection(
      dismissSuggestion(article.id, { start: 0, end: POLICE.length, text: POLICE }, checker),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(await db.suggestionDismissal.count({ where: { articleId: article.id } })).toBe(0);
  });
});
