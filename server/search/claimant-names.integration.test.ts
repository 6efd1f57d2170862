import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { searchArchive } from "@/server/search/search-archive";
import { makeActor } from "@/server/testing/actors";
import { createArticle, createClaimOnQuote } from "@/prisma/seed/factories";

// Names only this file writes (other integration files share the database).
const tag = [...randomBytes(6)].map((b) => "bcdfghjklmnprstvz"[b % 17]).join("");
const ADA = `Ada Quorvel${tag}`;
const BO = `Bo Strenlik${tag}`;

let checker: Actor;
let articleId: string;

beforeAll(async () => {
  checker = await makeActor("CHECKER", "Nina Names");
  const body = ["The port handled 40 ships.", "Rents fell by half.", "Crime doubled in a year."].join("\n\n");
  articleId = (await createArticle(db, { createdById: checker.id, title: `Claimants ${tag}`, body })).id;
});

const claimsNamed = async () =>
  Object.fromEntries(
    (await db.claimantName.findMany({ where: { name: { in: [ADA, BO] } } })).map((row) => [row.name, row.claims]),
  );

describe("the claimant names search matches spellings against", () => {
  it("follow the claims as they are made, renamed and deleted", async () => {
    const claim = (quote: string, claimant: string) =>
      createClaimOnQuote(db, { articleId, quote, userId: checker.id, claimant });
    const port = await claim("The port handled 40 ships", ADA);
    const rents = await claim("Rents fell by half", ADA);
    const crime = await claim("Crime doubled in a year", BO);
    expect(await claimsNamed()).toEqual({ [ADA]: 2, [BO]: 1 });

    await db.claim.update({ where: { id: rents.id }, data: { rationale: "Council figures." } });
    expect(await claimsNamed()).toEqual({ [ADA]: 2, [BO]: 1 });
    await db.claim.update({ where: { id: rents.id }, data: { claimant: BO } });
    expect(await claimsNamed()).toEqual({ [ADA]: 1, [BO]: 2 });

    // Misspelled, the filter still finds the name, and lists only its claims.
    const misspelled = ADA.replace("Quorvel", "Quorvell");
    const found = await searchArchive({ claimant: misspelled, type: "claim" }, checker);
    expect(found.results.map((r) => r.id)).toEqual([port.id]);
    const both = await searchArchive({ claimant: BO, type: "claim" }, checker);
    expect(new Set(both.results.map((r) => r.id))).toEqual(new Set([rents.id, crime.id]));

    await db.claim.deleteMany({ where: { id: { in: [rents.id, crime.id] } } });
    expect(await claimsNamed()).toEqual({ [ADA]: 1 });
    await db.claim.update({ where: { id: port.id }, data: { claimant: null } });
    expect(await claimsNamed()).toEqual({});
    expect((await searchArchive({ claimant: ADA, type: "claim" }, checker)).results).toEqual([]);
  });
});
