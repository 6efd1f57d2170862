import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { getArticle } from "@/server/articles/get-article";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle } from "@/prisma/seed/factories";
import { readSeedArticle } from "@/prisma/seed/demo";

const REPEATED = "did not have communications with the Russians";
const UNIQUE = "I never met with any Russian officials to discuss issues of the campaign";

let checker: Actor;
let editor: Actor;
let articleId: string;
let text: string;

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
  editor = await makeActor("EDITOR", "Erin Editor");
  const article = await createArticle(db, { createdById: checker.id, body: await readSeedArticle() });
  articleId = article.id;
  text = article.contentText;
});

const quote = (exact: string, extra: { prefix?: string; suffix?: string } = {}) => ({
  type: "TextQuoteSelector" as const,
  exact,
  ...extra,
});
const position = (start: number, end: number) => ({ type: "TextPositionSelector" as const, start, end });

describe("createClaim", () => {
  it("stores both selectors, with 32 characters of context recomputed by the server", async () => {
    const start = text.indexOf(UNIQUE);
    const claim = await createClaim(
      articleId,
      {
        target: { selector: [quote(UNIQUE, { prefix: "wrong" }), position(start, start + UNIQUE.length)] },
        claimant: "Jeff Sessions",
      },
      checker,
    );
    const [q, p] = claim.target.selector;
    expect(q).toEqual({
      type: "TextQuoteSelector",
      exact: UNIQUE,
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + UNIQUE.length, start + UNIQUE.length + 32),
    });
    expect(q.prefix).toHaveLength(32);
    expect(p).toEqual({ type: "TextPositionSelector", start, end: start + UNIQUE.length });
    expect(claim).toMatchObject({
      claimant: "Jeff Sessions",
      status: "DRAFT",
      version: 1,
      verdict: null,
      createdBy: { name: "Casey Checker" },
    });
  });

  it("anchors a quote that occurs once", async () => {
    const exact = "the Senator had over 25 conversations with foreign ambassadors";
    const claim = await createClaim(articleId, { target: { selector: [quote(exact)] } }, checker);
    expect(claim.target.selector[1].start).toBe(text.indexOf(exact));
  });

  it("refuses a quote that occurs twice, then accepts it with a prefix that picks one", async () => {
    const ambiguous = await rejection(createClaim(articleId, { target: { selector: [quote(REPEATED)] } }, checker));
    expect(ambiguous.code).toBe("UNPROCESSABLE");
    expect(ambiguous.message).toMatch(/occurs 2 times/);

    const second = text.lastIndexOf(REPEATED);
    const claim = await createClaim(
      articleId,
      { target: { selector: [quote(REPEATED, { prefix: "confirmation hearing that he " })] } },
      checker,
    );
    expect(claim.target.selector[1].start).toBe(second);
  });

  it("refuses a quote that is not in the article", async () => {
    const error = await rejection(
      createClaim(articleId, { target: { selector: [quote("Sessions resigned on Friday")] } }, checker),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/does not occur/);
  });

  it("refuses a position whose text differs from the quote, or that runs past the end", async () => {
    const start = text.indexOf(UNIQUE);
    const mismatch = await rejection(
      createClaim(
        articleId,
        { target: { selector: [quote(UNIQUE), position(start + 1, start + 1 + UNIQUE.length)] } },
        checker,
      ),
    );
    expect(mismatch.code).toBe("UNPROCESSABLE");
    expect(mismatch.message).toMatch(/covers/);
    const past = await rejection(
      createClaim(articleId, { target: { selector: [position(text.length - 2, text.length + 5)] } }, checker),
    );
    expect(past.code).toBe("UNPROCESSABLE");
  });

  it("refuses malformed selectors and unknown verdicts with field messages", async () => {
    const error = await rejection(
      createClaim(articleId, { target: { selector: [position(10, 5)] }, verdict: "pants_on_fire" }, checker),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["target.selector.0.end", "verdict"]));
  });

  it("says not found for an unknown article", async () => {
    expect((await rejection(createClaim("missing", { target: { selector: [quote(UNIQUE)] } }, checker))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("updateClaim", () => {
  const newClaim = () => createClaim(articleId, { target: { selector: [quote(UNIQUE)] } }, checker);

  it("saves fields and bumps the version", async () => {
    const claim = await newClaim();
    const saved = await updateClaim(
      claim.id,
      { version: 1, verdict: "false", rationale: "He met Kislyak twice.", claimant: "Jeff Sessions" },
      editor,
    );
    expect(saved).toMatchObject({
      version: 2,
      verdict: "false",
      rationale: "He met Kislyak twice.",
      updatedBy: { name: "Erin Editor" },
      createdBy: { name: "Casey Checker" },
    });
  });

  it("refuses a stale version with 409 naming who changed it, and keeps their change", async () => {
    const claim = await newClaim();
    await updateClaim(claim.id, { version: 1, verdict: "false" }, editor);
    const error = await rejection(updateClaim(claim.id, { version: 1, verdict: "true" }, checker));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/^Erin Editor changed this claim at \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect((error.details?.current as { version: number }).version).toBe(2);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("false");
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const claim = await newClaim();
    const results = await Promise.allSettled([
      updateClaim(claim.id, { version: 1, rationale: "checker's" }, checker),
      updateClaim(claim.id, { version: 1, rationale: "editor's" }, editor),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ["CONFLICT"],
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(2);
  });

  it("requires the version and validates the verdict", async () => {
    const claim = await newClaim();
    const error = await rejection(updateClaim(claim.id, { verdict: "maybe" }, checker));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["verdict", "version"]);
  });
});

describe("sources and deletion", () => {
  it("adds and removes sources, refusing non-web URLs", async () => {
    const claim = await createClaim(articleId, { target: { selector: [quote(UNIQUE)] } }, checker);
    const bad = await rejection(
      addSource(claim.id, { url: "javascript:alert(1)", title: "x", stance: "REFUTES" }, checker),
    );
    expect(bad.code).toBe("VALIDATION");
    expect(bad.fields?.url).toBeDefined();

    const source = await addSource(
      claim.id,
      {
        url: "https://www.washingtonpost.com/sessions",
        title: "Sessions spoke twice with Russian ambassador",
        publisher: "The Washington Post",
        stance: "REFUTES",
        excerpt: " met twice ",
      },
      checker,
    );
    expect(source).toMatchObject({
      stance: "REFUTES",
      publisher: "The Washington Post",
      excerpt: "met twice",
      addedBy: { name: "Casey Checker" },
    });
    const article = await getArticle(articleId, checker);
    expect(article.claims.find((c) => c.id === claim.id)?.sources.map((s) => s.title)).toEqual([
      "Sessions spoke twice with Russian ambassador",
    ]);

    await removeSource(source.id, checker);
    expect((await rejection(removeSource(source.id, checker))).code).toBe("NOT_FOUND");
  });

  it("deletes a claim with its sources", async () => {
    const claim = await createClaim(articleId, { target: { selector: [quote(UNIQUE)] } }, checker);
    await addSource(claim.id, { url: "https://example.org/a", title: "A", stance: "CONTEXT" }, checker);
    await deleteClaim(claim.id, checker);
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await rejection(deleteClaim(claim.id, checker))).code).toBe("NOT_FOUND");
  });

  it("lists claims in text order", async () => {
    const article = await getArticle(articleId, checker);
    const starts = article.claims.map((c) => c.target.selector[1].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBeGreaterThan(3);
  });
});
