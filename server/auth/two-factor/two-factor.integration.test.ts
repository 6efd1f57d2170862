import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createSession, sessionActor } from "@/server/auth/sessions";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/server/auth/two-factor/enrolment";
import { regenerateRecoveryCodes, resetUserTwoFactor, turnOffTwoFactor } from "@/server/auth/two-factor/manage";
import { mustEnrolTwoFactor, setTwoFactorRequirement } from "@/server/auth/two-factor/requirement";
import { totpCode } from "@/server/auth/two-factor/totp";
import { verifySecondFactorAtSignIn } from "@/server/auth/two-factor/verify-sign-in";

const PASSWORD = "correct horse battery staple";
let user: Actor;

async function enrol(actor: Actor): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await startTwoFactorEnrolment(actor);
  // The code of the previous step: still in the window, and leaves the current one for the test.
  const { recoveryCodes } = await confirmTwoFactorEnrolment({ code: totpCode(secret, Date.now() - 30_000) }, actor);
  return { secret, recoveryCodes };
}

beforeEach(async () => {
  user = await makeActor("EDITOR");
});
afterAll(async () => {
  await db.deskSettings.deleteMany();
});

describe("enrolment", () => {
  it("offers a secret and QR code that are not in force until a code confirms them", async () => {
    const start = await startTwoFactorEnrolment(user);
    expect(start.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.otpauthUri).toContain(`secret=${start.secret}`);
    expect(start.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await verifySecondFactorAtSignIn(user, undefined)).toBe("ok");

    const wrong = await rejection(confirmTwoFactorEnrolment({ code: "000000" }, user));
    expect(wrong.fields?.code?.[0]).toContain("does not match");
    const { recoveryCodes } = await confirmTwoFactorEnrolment({ code: totpCode(start.secret) }, user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((r) => r.codeHash).join()).not.toContain(recoveryCodes[0]!.replace(/-/g, ""));
  });

  it("signs out the user's other browsers once it is on, keeping the one that enrolled", async () => {
    const here = await createSession(user.id, "password", {});
    const elsewhere = await createSession(user.id, "password", {});
    const { secret } = await startTwoFactorEnrolment(user);
    await confirmTwoFactorEnrolment({ code: totpCode(secret) }, user, here);
    expect(await sessionActor(here, user.id)).not.toBeNull();
    expect(await sessionActor(elsewhere, user.id)).toBeNull();
  });
});

describe("verifySecondFactorAtSignIn", () => {
  it('asks for a code ("required"), accepts the current one once, and refuses a replay or a wrong one', async () => {
    const { secret } = await enrol(user);
    expect(await verifySecondFactorAtSignIn(user, undefined)).toBe("required");
    expect(await verifySecondFactorAtSignIn(user, "  ")).toBe("required");
    const code = totpCode(secret);
    expect(await verifySecondFactorAtSignIn(user, code)).toBe("ok");
    expect(await verifySecondFactorAtSignIn(user, code)).toBe("invalid");
    expect(await verifySecondFactorAtSignIn(user, code === "123456" ? "654321" : "123456")).toBe("invalid");
  });

  it("refuses a code from before the last accepted one", async () => {
    const { secret } = await enrol(user);
    expect(await verifySecondFactorAtSignIn(user, totpCode(secret, Date.now() + 30_000))).toBe("ok");
    expect(await verifySecondFactorAtSignIn(user, totpCode(secret))).toBe("invalid");
  });

  it("accepts each recovery code once, typed in any case and with or without dashes", async () => {
    const { recoveryCodes } = await enrol(user);
    const [first, second] = recoveryCodes as [string, string];
    expect(await verifySecondFactorAtSignIn(user, first.toUpperCase())).toBe("ok");
    expect(await verifySecondFactorAtSignIn(user, first)).toBe("invalid");
    expect(await verifySecondFactorAtSignIn(user, second.replace(/-/g, " "))).toBe("ok");
    const other = await makeActor("CHECKER");
    const { recoveryCodes: theirs } = await enrol(other);
    expect(await verifySecondFactorAtSignIn(user, theirs[0])).toBe("invalid");
  });
});

describe("managing two-factor", () => {
  it("replaces the recovery codes on request: the old ones stop working", async () => {
    const { secret, recoveryCodes } = await enrol(user);
    const fresh = await regenerateRecoveryCodes({ code: totpCode(secret) }, user);
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(await verifySecondFactorAtSignIn(user, recoveryCodes[0])).toBe("invalid");
    expect(await verifySecondFactorAtSignIn(user, fresh.recoveryCodes[0])).toBe("ok");
  });

  it("turns off with the password or a current code, not with a wrong one", async () => {
    await enrol(user);
    const wrong = await rejection(turnOffTwoFactor({ password: "not my password" }, user));
    expect(wrong.fields?.password).toEqual(["That password is not right."]);
    const neither = await rejection(turnOffTwoFactor({}, user));
    expect(neither.code).toBe("VALIDATION");
    await turnOffTwoFactor({ password: PASSWORD }, user);
    expect(await verifySecondFactorAtSignIn(user, undefined)).toBe("ok");
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets an admin reset someone's two-factor (a lost phone); others may not", async () => {
    await enrol(user);
    const checker = await makeActor("CHECKER");
    expect((await rejection(resetUserTwoFactor(user.id, checker))).code).toBe("FORBIDDEN");
    await resetUserTwoFactor(user.id, await makeActor("ADMIN"));
    expect(await verifySecondFactorAtSignIn(user, undefined)).toBe("ok");
  });
});

describe("the desk's requirement for editors and admins", () => {
  it("makes editors and admins without two-factor enrol first, not checkers, and keeps it on once enrolled", async () => {
    const admin = await makeActor("ADMIN");
    const checker = await makeActor("CHECKER");
    expect((await rejection(setTwoFactorRequirement({ required: true }, user))).code).toBe("FORBIDDEN");
    await setTwoFactorRequirement({ required: true }, admin);
    try {
      expect(await mustEnrolTwoFactor(user)).toBe(true);
      expect(await mustEnrolTwoFactor(admin)).toBe(true);
      expect(await mustEnrolTwoFactor(checker)).toBe(false);
      await enrol(user);
      expect(await mustEnrolTwoFactor(user)).toBe(false);
      const off = await rejection(turnOffTwoFactor({ password: PASSWORD }, user));
      expect(off.code).toBe("CONFLICT");
    } finally {
      await setTwoFactorRequirement({ required: false }, admin);
    }
    expect(await mustEnrolTwoFactor(admin)).toBe(false);
  });
});
