import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createSession, sessionActor } from "@/server/auth/sessions";
import { accountThrottleKey } from "@/server/auth/throttle-policy";
import { authenticate } from "@/server/users/authenticate";
import { changePassword } from "@/server/users/change-password";
import { issuePasswordReset } from "@/server/users/issue-password-reset";
import { hashResetToken } from "@/server/users/password-reset-token";
import { resetLinkState, resetPassword } from "@/server/users/use-password-reset";
import { signOutOtherBrowsers, signOutUserEverywhere } from "@/server/users/sign-out-everywhere";
import { updateUser } from "@/server/users/update-user";

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "a brand new long passphrase";
const BASE = "https://desk.example.org";
const browsers = (user: Actor, n = 2) =>
  Promise.all(Array.from({ length: n }, () => createSession(user.id, "password", { ipAddress: "192.0.2.1" })));
const alive = async (user: Actor, sessions: string[]) =>
  Promise.all(sessions.map(async (sid) => (await sessionActor(sid, user.id)) !== null));
const tokenOf = (url: string) => url.split("/reset-password/")[1]!;

let admin: Actor;
beforeAll(async () => {
  admin = await makeActor("ADMIN", "Ada Admin");
});

describe("revocation", () => {
  it("deactivation ends every session, and reactivation does not bring them back", async () => {
    const user = await makeActor("CHECKER");
    const sessions = await browsers(user);
    await updateUser(user.id, { active: false }, admin);
    expect(await alive(user, sessions)).toEqual([false, false]);
    await updateUser(user.id, { active: true }, admin);
    expect(await alive(user, sessions)).toEqual([false, false]);
  });

  it("a role change ends every session; an unchanged role ends none", async () => {
    const user = await makeActor("CHECKER");
    const sessions = await browsers(user);
    await updateUser(user.id, { role: "CHECKER", active: true }, admin);
    expect(await alive(user, sessions)).toEqual([true, true]);
    await updateUser(user.id, { role: "EDITOR" }, admin);
    expect(await alive(user, sessions)).toEqual([false, false]);
  });

  it("one signs out every other browser of one's own; an admin signs out all of anyone's", async () => {
    const user = await makeActor("CHECKER");
    const [here, ...elsewhere] = await browsers(user, 3);
    expect(await signOutOtherBrowsers(user, here)).toBe(2);
    expect(await alive(user, [here!, ...elsewhere])).toEqual([true, false, false]);

    const theirs = await browsers(user);
    expect((await rejection(signOutUserEverywhere(user.id, user))).code).toBe("FORBIDDEN");
    expect(await signOutUserEverywhere(user.id, admin)).toBe(3);
    expect(await alive(user, [here!, ...theirs])).toEqual([false, false, false]);
    expect((await rejection(signOutUserEverywhere("no-such-user", admin))).code).toBe("NOT_FOUND");
  });
});

describe("changePassword", () => {
  it("needs the current password, keeps this browser signed in and signs out the others", async () => {
    const user = await makeActor("CHECKER");
    const [here, elsewhere] = await browsers(user);
    await changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, user, {
      sessionId: here!,
      ipAddress: "192.0.2.10",
    });
    expect(await alive(user, [here!, elsewhere!])).toEqual([true, false]);
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
    expect(await authenticate(user.email, PASSWORD)).toBeNull();
  });

  it("answers a wrong current password on its field, logs it and counts it toward the lock", async () => {
    const user = await makeActor("CHECKER");
    const [here] = await browsers(user, 1);
    const request = { sessionId: here!, ipAddress: "192.0.2.11" };
    const wrong = { currentPassword: "not my password", newPassword: NEW_PASSWORD };
    const error = await rejection(changePassword(wrong, user, request));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields ?? {})).toEqual(["currentPassword"]);
    expect(await db.signInFailure.count({ where: { userId: user.id, reason: "password" } })).toBe(1);

    for (let i = 0; i < 5; i++) await rejection(changePassword(wrong, user, request));
    const locked = await rejection(
      changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, user, request),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.details?.retryAfter).toBeGreaterThan(0);
    expect(await authenticate(user.email, PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a short new password with create-user's message", async () => {
    const user = await makeActor("CHECKER");
    const error = await rejection(
      changePassword({ currentPassword: PASSWORD, newPassword: "short" }, user, { sessionId: "x", ipAddress: null }),
    );
    expect(error.fields?.newPassword).toEqual(["The password must be at least 12 characters long."]);
  });
});

describe("password reset links", () => {
  it("stores only a hash, works once, signs out everywhere and lifts the lock", async () => {
    const user = await makeActor("CHECKER");
    const sessions = await browsers(user);
    await db.signInThrottle.create({
      data: {
        key: accountThrottleKey(user.email),
        failures: 9,
        lastFailureAt: new Date(),
        lockedUntil: new Date(Date.now() + 60_000),
      },
    });
    const { url, expiresAt } = await issuePasswordReset(user.id, admin, BASE);
    expect(url).toMatch(/^https:\/\/desk\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);
    const token = tokenOf(url);
    const stored = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await resetLinkState(token)).toMatchObject({ state: "valid", email: user.email });

    await resetPassword({ token, password: NEW_PASSWORD });
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
    expect(await alive(user, sessions)).toEqual([false, false]);
    expect(await db.signInThrottle.findUnique({ where: { key: accountThrottleKey(user.email) } })).toBeNull();

    expect(await resetLinkState(token)).toEqual({ state: "used" });
    const again = await rejection(resetPassword({ token, password: "yet another long password" }));
    expect(again).toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/already used/) });
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("is used by exactly one of two simultaneous submissions", async () => {
    const user = await makeActor("CHECKER");
    const token = tokenOf((await issuePasswordReset(user.id, admin, BASE)).url);
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first long password here" }),
      resetPassword({ token, password: "second long password here" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("expires, and a newer link ends the older one", async () => {
    const user = await makeActor("CHECKER");
    const older = tokenOf((await issuePasswordReset(user.id, admin, BASE)).url);
    const newer = tokenOf((await issuePasswordReset(user.id, admin, BASE)).url);
    expect(await resetLinkState(older)).toEqual({ state: "expired" });
    expect((await rejection(resetPassword({ token: older, password: NEW_PASSWORD }))).message).toMatch(/expired/);
    expect(await resetLinkState(newer)).toMatchObject({ state: "valid" });

    await db.passwordReset.update({
      where: { tokenHash: hashResetToken(newer) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetLinkState(newer)).toEqual({ state: "expired" });
    expect(await authenticate(user.email, PASSWORD)).toMatchObject({ id: user.id });
    expect(await resetLinkState("made-up-token")).toEqual({ state: "unknown" });
  });

  it("is for admins only, and not for deactivated accounts", async () => {
    const user = await makeActor("EDITOR");
    expect((await rejection(issuePasswordReset(user.id, user, BASE))).code).toBe("FORBIDDEN");
    await updateUser(user.id, { active: false }, admin);
    expect((await rejection(issuePasswordReset(user.id, admin, BASE))).code).toBe("CONFLICT");
  });
});
