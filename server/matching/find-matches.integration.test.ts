import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";
import { findMatches as findAllMatches } from "@/server/matching/find-matches";
import { dismissMatch } from "@/server/matching/dismiss-match";
import { claimMatches } from "@/server/matching/claim-matches";
import { linkClaim } from "@/server/matching/link-claim";

// The demo article's talking point, quoted with its subject so it has the 8 words a strong match needs.
const TALKING_POINT = "he did not have communications with the Russians";

let checker: Actor;

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Casey Checker");
});

// Other test files share the database and quote the same words ("taxes fell by 40 percent"), so
// each test looks only at matches among the claims this file made.
const made = new Set<string>();

async function claimIn(body: string, quote: string, fields: { verdict?: string; title?: string } = {}) {
  const article = await createArticle(db, { createdById: checker.id, body, title: fields.title });
  const claim = await createClaimOnQuote(db, {
    articleId: article.id,
    quote,
    userId: checker.id,
    verdict: fields.verdict,
  });
  made.add(claim.id);
  return claim;
}

async function findMatches(claimId: string) {
  return (await findAllMatches(claimId)).filter((m) => made.has(m.claim.id));
}

describe("already fact-checked matches", () => {
  it("finds the repeated talking point in another article a strong match, with the words it shares", async () => {
    const earlier = await claimIn(
      `At his confirmation hearing Sessions said ${TALKING_POINT}. His spokeswoman defended it.`,
      TALKING_POINT,
      { verdict: "false", title: "Sessions at his hearing" },
    );
    const later = await claimIn(`Cummings called the claim that ${TALKING_POINT} "demonstrably false."`, TALKING_POINT);

    const matches = await findMatches(later.id);
    expect(matches).toEqual([
      {
        claim: expect.objectContaining({
          id: earlier.id,
          articleId: earlier.articleId,
          articleTitle: "Sessions at his hearing",
          exact: TALKING_POINT,
          verdict: "false",
          status: "DRAFT",
        }),
        score: 1,
        tier: "strong",
        sharedTerms: ["not", "communications", "Russians"],
        sameArticle: false,
      },
    ]);
    // Suggested on the newer claim only: the earlier one was checked first.
    expect(await findMatches(earlier.id)).toEqual([]);
  });

  it("finds an identical quote under 8 words only a possible match", async () => {
    const short = "taxes fell by 40 percent";
    const earlier = await claimIn(`The mayor said ${short} last year.`, short);
    const later = await claimIn(`Again the mayor claims ${short}, critics say.`, short);
    expect(await findMatches(later.id)).toMatchObject([{ claim: { id: earlier.id }, score: 1, tier: "possible" }]);
  });

  it("finds nothing for an unrelated quote", async () => {
    await claimIn("The council said bus fares rose by a third in two years.", "bus fares rose by a third in two years");
    const later = await claimIn(
      "A study finds river otters returned to every county of the region by 2020.",
      "river otters returned to every county of the region",
    );
    expect(await findMatches(later.id)).toEqual([]);
  });

  it("never suggests a dismissed pair again, whichever claim it was dismissed from", async () => {
    const quote = "the minister approved forty new wind farms along the northern coast";
    const first = await claimIn(`Officials confirmed that ${quote} this spring.`, quote);
    const second = await claimIn(`Last week ${quote}, reports said.`, quote);
    const third = await claimIn(`It is not true that ${quote}, the opposition says.`, quote);
    expect((await findMatches(third.id)).map((m) => m.claim.id)).toEqual([second.id, first.id]);

    await dismissMatch(third.id, second.id, checker);
    await dismissMatch(third.id, second.id, checker); // twice is fine
    expect((await findMatches(third.id)).map((m) => m.claim.id)).toEqual([first.id]);
    // Dismissed from the earlier claim's side, the pair is gone from the later one's list too.
    await dismissMatch(first.id, third.id, checker);
    expect(await findMatches(third.id)).toEqual([]);
    expect((await findMatches(second.id)).map((m) => m.claim.id)).toEqual([first.id]);
  });

  it("flags a repeat of the quote inside the same article", async () => {
    const quote = "unemployment in the county fell to its lowest level in fifty years";
    const article = await createArticle(db, {
      createdById: checker.id,
      body: `The governor said ${quote}. Economists doubt it. Later she repeated that ${quote}, to applause.`,
    });
    const first = await createClaimOnQuote(db, {
      articleId: article.id,
      quote,
      prefix: "governor said ",
      userId: checker.id,
    });
    made.add(first.id);
    const repeat = await createClaimOnQuote(db, {
      articleId: article.id,
      quote,
      prefix: "repeated that ",
      userId: checker.id,
    });
    expect(await findMatches(repeat.id)).toMatchObject([
      { claim: { id: first.id }, tier: "strong", sameArticle: true },
    ]);
  });

  it("lists linked claims as links on both sides instead of as matches", async () => {
    const quote = "the new bridge will cut commuting times across the river by half";
    const earlier = await claimIn(`The mayor promised that ${quote} by 2030.`, quote, {
      verdict: "unsupported",
      title: "The bridge",
    });
    const later = await claimIn(`Campaign flyers repeat that ${quote} within a decade.`, quote);
    await linkClaim(later.id, { claimId: earlier.id, copy: false }, checker);

    const mine = await claimMatches(later.id, checker);
    expect(mine.matches.filter((m) => made.has(m.claim.id))).toEqual([]);
    expect(mine.links.uses).toMatchObject([
      { claim: { id: earlier.id, articleTitle: "The bridge" }, copied: false, createdBy: { name: "Casey Checker" } },
    ]);
    const theirs = await claimMatches(earlier.id, checker);
    expect(theirs.links).toMatchObject({ uses: [], usedBy: [{ claim: { id: later.id } }] });
  });
});
