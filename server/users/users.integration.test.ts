import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeActor, rejection } from "@/server/testing/actors";
import { createArticle } from "@/prisma/seed/factories";
import { getArticle } from "@/server/articles/get-article";
import { authenticate } from "@/server/users/authenticate";
import { createUser } from "@/server/users/create-user";
import { listUsers } from "@/server/users/list-users";
import { updateUser } from "@/server/users/update-user";

const PASSWORD = "a long enough passphrase";
const uniqueEmail = () => `person-${randomUUID().slice(0, 8)}@example.org`;

let admin: Actor;
let checker: Actor;
beforeAll(async () => {
  admin = await makeActor("ADMIN", "Ada Admin");
  checker = await makeActor("CHECKER", "Casey Checker");
});

// "Last active admin" is global, and other test files create admins in the same database: the
// tests that need it deactivate every other admin first, and this puts them back.
let restoreAdmins: string[] = [];
async function keepOnlyActiveAdmins(...ids: string[]): Promise<void> {
  const others = await db.user.findMany({
    where: { role: "ADMIN", deactivatedAt: null, id: { notIn: ids } },
    select: { id: true },
  });
  restoreAdmins = others.map((u) => u.id);
  await db.user.updateMany({ where: { id: { in: restoreAdmins } }, data: { deactivatedAt: new Date() } });
}
afterEach(async () => {
  await db.user.updateMany({ where: { id: { in: restoreAdmins } }, data: { deactivatedAt: null } });
  restoreAdmins = [];
});

describe("createUser", () => {
  it("creates an account that can sign in, with a trimmed lowercase email and no hash in the view", async () => {
    const email = uniqueEmail();
    const user = await createUser(
      { email: `  ${email.toUpperCase()} `, name: " Noor New ", role: "CHECKER", password: PASSWORD },
      admin,
    );

    expect(user).toMatchObject({ email, name: "Noor New", role: "CHECKER", active: true, deactivatedAt: null });
    expect(Object.keys(user).sort()).toEqual(["active", "createdAt", "deactivatedAt", "email", "id", "name", "role"]);
    expect((await listUsers(admin)).find((u) => u.id === user.id)).toEqual(user);
    expect(await authenticate(email, PASSWORD)).toMatchObject({ id: user.id, role: "CHECKER" });
  });

  it("refuses a second account for the same email, whatever its case, with 409 on the email field", async () => {
    const email = uniqueEmail();
    await createUser({ email, name: "First", role: "EDITOR", password: PASSWORD }, admin);
    const error = await rejection(
      createUser({ email: email.toUpperCase(), name: "Second", role: "CHECKER", password: PASSWORD }, admin),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.email?.[0]).toContain(`An account with ${email} already exists`);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("says which fields are wrong, and that a password needs 12 characters", async () => {
    const error = await rejection(
      createUser({ email: "not-an-email", name: "  ", role: "OWNER", password: "short" }, admin),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(error.fields?.password).toEqual(["The password must be at least 12 characters long."]);
  });
});

describe("updateUser", () => {
  it("changes a role", async () => {
    const user = await makeActor("CHECKER");
    expect(await updateUser(user.id, { role: "EDITOR" }, admin)).toMatchObject({
      id: user.id,
      role: "EDITOR",
      active: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EDITOR");
  });

  it("deactivates (no sign-in, name kept in history) and reactivates", async () => {
    const created = await createUser(
      { email: uniqueEmail(), name: "Dana Departing", role: "CHECKER", password: PASSWORD },
      admin,
    );
    const article = await createArticle(db, { createdById: created.id, body: "Some text." });

    const deactivated = await updateUser(created.id, { active: false }, admin);
    expect(deactivated).toMatchObject({ active: false, role: "CHECKER" });
    expect(deactivated.deactivatedAt).not.toBeNull();
    expect(await authenticate(created.email, PASSWORD)).toBeNull();
    expect((await getArticle(article.id, admin)).createdBy.name).toBe("Dana Departing");

    const again = await updateUser(created.id, { active: false }, admin);
    expect(again.deactivatedAt).toBe(deactivated.deactivatedAt);

    expect(await updateUser(created.id, { active: true }, admin)).toMatchObject({ active: true, deactivatedAt: null });
    expect(await authenticate(created.email, PASSWORD)).toMatchObject({ id: created.id });
  });

  it("refuses an empty change with 400 and an unknown user with 404", async () => {
    const empty = await rejection(updateUser(checker.id, {}, admin));
    expect(empty.code).toBe("VALIDATION");
    expect(Object.keys(empty.fields ?? {})).toEqual(["_"]);
    expect((await rejection(updateUser(checker.id, { role: "BOSS", active: "no" }, admin))).fields).toHaveProperty(
      "active",
    );
    expect((await rejection(updateUser("no-such-user", { role: "EDITOR" }, admin))).code).toBe("NOT_FOUND");
  });

  it("refuses to demote or deactivate the last active admin, themselves included", async () => {
    await keepOnlyActiveAdmins(admin.id);
    for (const change of [{ role: "EDITOR" }, { active: false }, { role: "CHECKER", active: false }]) {
      const error = await rejection(updateUser(admin.id, change, admin));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/^Ada Admin is the only active admin\. Make someone else an admin before you/);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      deactivatedAt: null,
    });
  });

  it("lets an admin step down once another admin is active", async () => {
    const second = await makeActor("ADMIN");
    await keepOnlyActiveAdmins(admin.id, second.id);
    expect(await updateUser(second.id, { role: "EDITOR" }, second)).toMatchObject({ role: "EDITOR" });
    expect((await rejection(updateUser(admin.id, { active: false }, admin))).code).toBe("CONFLICT");
  });

  it("lets exactly one of two admins demote the other when they are the only two", async () => {
    const [a, b] = [await makeActor("ADMIN"), await makeActor("ADMIN")];
    await keepOnlyActiveAdmins(a.id, b.id);
    // Open pool connections first, so neither transaction waits for a connection and they overlap.
    await Promise.all([1, 2, 3].map(() => db.$executeRaw`SELECT pg_sleep(0.05)`));

    const results = await Promise.allSettled([
      updateUser(b.id, { role: "EDITOR" }, a),
      updateUser(a.id, { role: "EDITOR" }, b),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    expect(await db.user.count({ where: { id: { in: [a.id, b.id] }, role: "ADMIN", deactivatedAt: null } })).toBe(1);
  });
});

describe("who may manage users", () => {
  it("refuses everyone but admins", async () => {
    const editor = await makeActor("EDITOR");
    for (const actor of [checker, editor]) {
      expect((await rejection(listUsers(actor))).code).toBe("FORBIDDEN");
      expect(
        (await rejection(createUser({ email: uniqueEmail(), name: "X", role: "ADMIN", password: PASSWORD }, actor)))
          .code,
      ).toBe("FORBIDDEN");
      const error = await rejection(updateUser(actor.id, { role: "ADMIN" }, actor));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toMatch(/Ask an admin/);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: checker.id } })).role).toBe("CHECKER");
  });
});
