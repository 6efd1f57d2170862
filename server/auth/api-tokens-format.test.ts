import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, hashApiToken, looksLikeApiToken } from "@/server/auth/api-tokens-format";

describe("generateApiToken", () => {
  it("makes fdt_ + 32 random bytes in base64url, and stores only its SHA-256 and first 12 characters", () => {
    const { token, tokenHash, prefix } = generateApiToken();
    expect(token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeApiToken(token)).toBe(true);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashApiToken(token));
    expect(tokenHash).not.toContain(token.slice(4, 20));
    expect(prefix).toBe(token.slice(0, 12));
  });

  it("never makes the same token twice", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateApiToken().token));
    expect(tokens.size).toBe(100);
  });

  it("hashes as SHA-256 hex (a known vector)", () => {
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("bearerToken", () => {
  it("reads the token of a Bearer header, whatever the scheme's case", () => {
    expect(bearerToken("Bearer fdt_abc")).toBe("fdt_abc");
    expect(bearerToken("bearer   fdt_abc ")).toBe("fdt_abc");
  });

  it('gives "" for a Bearer header without a token, so it is refused rather than ignored', () => {
    expect(bearerToken("Bearer")).toBe("");
    expect(bearerToken("Bearer   ")).toBe("");
  });

  it("ignores a missing header and other schemes (a proxy's Basic auth)", () => {
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearerfdt_abc")).toBeNull();
  });
});
