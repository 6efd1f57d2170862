import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";
import { claimHistory } from "@/server/claims/claim-history";
import { linkClaim } from "@/server/matching/link-claim";

const QUOTE = "the Senator had over 25 conversations with foreign ambassadors last year";

let checker: Actor;
let other: Actor;
let editor: Actor;

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
  other = await makeActor("CHECKER", "Dana Checker");
  editor = await makeActor("EDITOR", "Erin Editor");
});

/** An approved fact-check with two sources in one article, and a fresh claim on the same words in another. */
async function pair() {
  const first = await createArticle(db, { createdById: editor.id, body: `A spokeswoman said ${QUOTE}.`, title: "B" });
  const earlier = await createClaimOnQuote(db, { articleId: first.id, quote: QUOTE, userId: editor.id });
  await db.claim.update({
    where: { id: earlier.id },
    data: { verdict: "mostly_true", rationale: "The Senate calendar lists 24.", status: "APPROVED" },
  });
  await db.source.createMany({
    data: [
      {
        claimId: earlier.id,
        url: "https://example.org/calendar",
        title: "Calendar",
        stance: "SUPPORTS",
        addedById: editor.id,
      },
      {
        claimId: earlier.id,
        url: "https://example.org/ap",
        title: "AP count",
        publisher: "AP",
        excerpt: "24 meetings",
        stance: "CONTEXT",
        addedById: editor.id,
      },
    ],
  });
  const second = await createArticle(db, { createdById: checker.id, body: `Again: ${QUOTE}, she said.`, title: "C" });
  const later = await createClaimOnQuote(db, { articleId: second.id, quote: QUOTE, userId: checker.id });
  return { earlier, later };
}

describe("using an earlier fact-check", () => {
  it("copies the verdict, rationale and sources, bumps the version and records one LINKED event", async () => {
    const { earlier, later } = await pair();
    const { claim, link } = await linkClaim(later.id, { claimId: earlier.id, copy: true, version: 1 }, checker);
    expect(claim).toMatchObject({
      verdict: "mostly_true",
      rationale: "The Senate calendar lists 24.",
      status: "DRAFT",
      version: 2,
      verdictEditedBy: { id: checker.id },
    });
    expect(
      claim.sources.map(({ url, title, publisher, excerpt, stance, addedBy }) => ({
        url,
        title,
        publisher,
        excerpt,
        stance,
        addedBy: addedBy.id,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          url: "https://example.org/calendar",
          title: "Calendar",
          publisher: null,
          excerpt: null,
          stance: "SUPPORTS",
          addedBy: checker.id,
        },
        {
          url: "https://example.org/ap",
          title: "AP count",
          publisher: "AP",
          excerpt: "24 meetings",
          stance: "CONTEXT",
          addedBy: checker.id,
        },
      ]),
    );
    expect(claim.sources).toHaveLength(2);
    expect(link).toMatchObject({ claim: { id: earlier.id, number: 1, articleTitle: "B" }, copied: true });
    // The earlier claim keeps its own sources.
    expect(await db.source.count({ where: { claimId: earlier.id } })).toBe(2);

    const linked = (await claimHistory(later.id, checker)).filter((e) => e.action === "LINKED");
    expect(linked).toEqual([
      expect.objectContaining({
        actor: { id: checker.id, name: "Casey Checker" },
        changes: {
          linkedClaim: { before: null, after: earlier.id },
          verdict: { before: null, after: "mostly_true" },
          rationale: { before: null, after: "The Senate calendar lists 24." },
          sources: { before: 0, after: 2 },
        },
      }),
    ]);
  });

  it("refuses a second link of the same pair, either way round, with 409", async () => {
    const { earlier, later } = await pair();
    await linkClaim(later.id, { claimId: earlier.id, copy: false }, checker);
    const again = await rejection(linkClaim(later.id, { claimId: earlier.id, copy: true }, checker));
    expect(again).toMatchObject({
      code: "CONFLICT",
      message: "This claim already uses the fact-check of claim 1 in “B”.",
    });
    const reverse = await rejection(linkClaim(earlier.id, { claimId: later.id, copy: false }, editor));
    expect(reverse.code).toBe("CONFLICT");
    expect(await db.claimLink.count({ where: { OR: [{ claimId: later.id }, { claimId: earlier.id }] } })).toBe(1);
  });

  it("refuses to copy into an approved claim, but links one without copying", async () => {
    const { earlier, later } = await pair();
    await db.claim.update({ where: { id: later.id }, data: { status: "APPROVED", verdict: "true" } });
    const refused = await rejection(linkClaim(later.id, { claimId: earlier.id, copy: true }, editor));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("approved and locked") });
    expect(await db.claimLink.count({ where: { claimId: later.id } })).toBe(0);

    const { claim } = await linkClaim(later.id, { claimId: earlier.id, copy: false }, editor);
    expect(claim).toMatchObject({ verdict: "true", version: 1, sources: [] });
  });

  it("refuses a copy onto a version the person did not see, and a claim without a verdict", async () => {
    const { earlier, later } = await pair();
    await db.claim.update({ where: { id: later.id }, data: { version: 3 } });
    expect((await rejection(linkClaim(later.id, { claimId: earlier.id, copy: true, version: 2 }, checker))).code).toBe(
      "CONFLICT",
    );
    await db.claim.update({ where: { id: earlier.id }, data: { verdict: null } });
    const empty = await rejection(linkClaim(later.id, { claimId: earlier.id, copy: true }, checker));
    expect(empty).toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("has no verdict yet") });
  });

  it("answers 422 for the claim itself, 404 for an unknown one, 403 for someone else's claim", async () => {
    const { earlier, later } = await pair();
    expect((await rejection(linkClaim(later.id, { claimId: later.id, copy: false }, checker))).code).toBe(
      "UNPROCESSABLE",
    );
    expect((await rejection(linkClaim(later.id, { claimId: "no-such-claim", copy: false }, checker))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(linkClaim("no-such-claim", { claimId: earlier.id, copy: false }, checker))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(linkClaim(later.id, { claimId: earlier.id, copy: true }, other))).code).toBe("FORBIDDEN");
  });

  it("does not add a source the claim already has", async () => {
    const { earlier, later } = await pair();
    await db.source.create({
      data: {
        claimId: later.id,
        url: "https://example.org/calendar/",
        title: "Mine",
        stance: "SUPPORTS",
        addedById: checker.id,
      },
    });
    const { claim } = await linkClaim(later.id, { claimId: earlier.id, copy: true }, checker);
    expect(claim.sources.map((s) => s.title).sort()).toEqual(["AP count", "Mine"]);
  });
});
