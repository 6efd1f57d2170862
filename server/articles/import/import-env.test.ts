import { afterEach, describe, expect, it, vi } from "vitest";

// env() validates process.env once per process; each case loads a fresh copy of the module.
async function freshEnv(value: string | undefined) {
  vi.stubEnv("DATABASE_URL", "postgresql://x:y@127.0.0.1:5432/db");
  vi.stubEnv("IMPORT_ALLOW_PRIVATE_HOSTS", value);
  vi.resetModules();
  const { env } = await import("@/server/env");
  return env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("IMPORT_ALLOW_PRIVATE_HOSTS", () => {
  it("is off unless set to 1", async () => {
    expect((await freshEnv(undefined))().IMPORT_ALLOW_PRIVATE_HOSTS).toBe(false);
    expect((await freshEnv("0"))().IMPORT_ALLOW_PRIVATE_HOSTS).toBe(false);
    expect((await freshEnv("1"))().IMPORT_ALLOW_PRIVATE_HOSTS).toBe(true);
  });

  it("refuses other values at start with a readable message", async () => {
    const env = await freshEnv("yes");
    expect(() => env()).toThrow(/IMPORT_ALLOW_PRIVATE_HOSTS: must be 1 \(allow loopback, for tests\) or unset/);
  });
});
