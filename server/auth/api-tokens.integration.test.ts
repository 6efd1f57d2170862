import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/auth/api-tokens";
import { tokenActor } from "@/server/auth/api-tokens-actor";
import { hashApiToken } from "@/server/auth/api-tokens-format";

let admin: Actor;
beforeAll(async () => {
  admin = await makeActor("ADMIN", "Ada Admin");
});

const DAY_MS = 24 * 60 * 60 * 1000;

describe("createApiToken", () => {
  it("returns the token once, stores only its SHA-256 and prefix, and expires in 90 days by default", async () => {
    const before = Date.now();
    const { id, token, apiToken } = await createApiToken({ name: "  CMS import  ", role: "CHECKER" }, admin);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.prefix).toBe(token.slice(0, 12));
    expect(apiToken).toMatchObject({ name: "CMS import", role: "CHECKER", status: "active", lastUsedAt: null });
    const days = (row.expiresAt.getTime() - before) / DAY_MS;
    expect(days).toBeGreaterThan(89.99);
    expect(days).toBeLessThan(90.01);
  });

  it("refuses a missing name, an expiry outside 1..365 days, and a non-admin", async () => {
    const blank = await rejection(createApiToken({ name: "  ", role: "CHECKER" }, admin));
    expect(blank.fields?.name?.[0]).toContain("Name the token");
    const long = await rejection(createApiToken({ name: "x", role: "CHECKER", expiresInDays: 366 }, admin));
    expect(long.fields?.expiresInDays?.[0]).toBe("The expiry can be at most 365 days.");
    const none = await rejection(createApiToken({ name: "x", role: "CHECKER", expiresInDays: 0 }, admin));
    expect(none.fields?.expiresInDays?.[0]).toBe("The expiry must be at least 1 day.");
    const editor = await makeActor("EDITOR");
    expect((await rejection(createApiToken({ name: "x", role: "CHECKER" }, editor))).code).toBe("FORBIDDEN");
  });
});

describe("listApiTokens", () => {
  it("lists name, prefix, role, creator and dates, never the token or its hash", async () => {
    const { id, token } = await createApiToken({ name: "Listed", role: "EDITOR", expiresInDays: 7 }, admin);
    const listed = (await listApiTokens(admin)).find((t) => t.id === id)!;
    expect(listed).toMatchObject({ name: "Listed", role: "EDITOR", createdBy: { id: admin.id, name: "Ada Admin" } });
    expect(Object.keys(listed).sort()).toEqual(
      [
        "createdAt",
        "createdBy",
        "expiresAt",
        "id",
        "lastUsedAt",
        "name",
        "prefix",
        "revokedAt",
        "role",
        "status",
      ].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain(token.slice(12));
  });
});

describe("tokenActor", () => {
  it("speaks for the token's creator with the token's role, and records when it was last used", async () => {
    const { id, token } = await createApiToken({ name: "Script", role: "CHECKER" }, admin);
    const auth = await tokenActor(token);
    expect(auth).toEqual({
      tokenId: id,
      actor: { id: admin.id, name: admin.name, email: admin.email, role: "CHECKER" },
    });
    const { lastUsedAt } = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(lastUsedAt).not.toBeNull();
    await tokenActor(token);
    // Written at most once a minute: the second use within the minute leaves it as it was.
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(lastUsedAt);
  });

  it("caps the token's role at the creator's current role, and dies with the creator's account", async () => {
    const creator = await makeActor("ADMIN");
    const { token } = await createApiToken({ name: "Capped", role: "ADMIN" }, creator);
    await db.user.update({ where: { id: creator.id }, data: { role: "EDITOR" } });
    expect((await tokenActor(token))?.actor.role).toBe("EDITOR");
    await db.user.update({ where: { id: creator.id }, data: { deactivatedAt: new Date() } });
    expect(await tokenActor(token)).toBeNull();
  });

  it("refuses revoked, expired, unknown and malformed tokens", async () => {
    const revoked = await createApiToken({ name: "Revoked", role: "CHECKER" }, admin);
    await revokeApiToken(revoked.id, admin);
    expect(await tokenActor(revoked.token)).toBeNull();
    expect((await listApiTokens(admin)).find((t) => t.id === revoked.id)?.status).toBe("revoked");

    const expired = await createApiToken({ name: "Expired", role: "CHECKER" }, admin);
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await tokenActor(expired.token)).toBeNull();
    expect((await listApiTokens(admin)).find((t) => t.id === expired.id)?.status).toBe("expired");

    expect(await tokenActor(`fdt_${"A".repeat(43)}`)).toBeNull();
    expect(await tokenActor("not a token")).toBeNull();
  });
});

describe("revokeApiToken", () => {
  it("keeps the first revocation time when revoked twice, and answers not found for an unknown id", async () => {
    const { id } = await createApiToken({ name: "Twice", role: "CHECKER" }, admin);
    await revokeApiToken(id, admin);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt;
    await revokeApiToken(id, admin);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(first);
    expect((await rejection(revokeApiToken("no-such-token", admin))).code).toBe("NOT_FOUND");
  });
});
