import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode } from "@/server/auth/two-factor/base32";
import { hotp, matchTotpStep, totpCode, totpStep } from "@/server/auth/two-factor/totp";

const ascii = (text: string) => new TextEncoder().encode(text);

describe("base32 (RFC 4648 §10 vectors)", () => {
  const vectors: [string, string][] = [
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ];
  it.each(vectors)("encodes %j as %s (unpadded) and back", (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
  });

  it("decodes what people paste: lower case, spaces, dashes and padding", () => {
    expect(new TextDecoder().decode(base32Decode("mzxw 6ytb-oi======"))).toBe("foobar");
  });

  it("refuses characters outside the alphabet rather than decoding another secret", () => {
    expect(() => base32Decode("MZXW1")).toThrow('"1" is not a base32 character.');
  });
});

describe("HOTP (RFC 4226 Appendix D)", () => {
  const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  it.each(expected.map((code, counter) => [counter, code]))("counter %i gives %s", (counter, code) => {
    expect(hotp(ascii("12345678901234567890"), counter as number)).toBe(code);
  });
});

describe("TOTP (RFC 6238 Appendix B, 8 digits)", () => {
  const seeds = {
    sha1: ascii("12345678901234567890"),
    sha256: ascii("12345678901234567890123456789012"),
    sha512: ascii("1234567890123456789012345678901234567890123456789012345678901234"),
  };
  const vectors: [number, string, string, string][] = [
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ];
  it.each(vectors)("at T=%i: SHA-1 %s, SHA-256 %s, SHA-512 %s", (seconds, sha1, sha256, sha512) => {
    const step = totpStep(seconds * 1000);
    expect(hotp(seeds.sha1, step, 8, "sha1")).toBe(sha1);
    expect(hotp(seeds.sha256, step, 8, "sha256")).toBe(sha256);
    expect(hotp(seeds.sha512, step, 8, "sha512")).toBe(sha512);
  });

  it("gives the 6-digit code apps show for a base32 secret (the SHA-1 seed, truncated)", () => {
    const secret = base32Encode(seeds.sha1);
    expect(totpCode(secret, 59_000)).toBe("287082");
  });
});

describe("matchTotpStep", () => {
  const secret = base32Encode(ascii("12345678901234567890"));
  const now = 1_111_111_111_000;
  const step = totpStep(now);

  it("accepts the current code and the codes one step either side, saying which step matched", () => {
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(secret, now + offset * 30_000);
      expect(matchTotpStep(secret, code, now, null)).toBe(step + offset);
    }
  });

  it("refuses codes two steps away", () => {
    expect(matchTotpStep(secret, totpCode(secret, now - 60_000), now, null)).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, now + 60_000), now, null)).toBeNull();
  });

  it("refuses a code whose step was already used, and older ones", () => {
    const code = totpCode(secret, now);
    expect(matchTotpStep(secret, code, now, step)).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, now - 30_000), now, step - 1)).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, now + 30_000), now, step)).toBe(step + 1);
  });

  it("ignores spaces people type and refuses anything but six digits", () => {
    const code = totpCode(secret, now);
    expect(matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(step);
    expect(matchTotpStep(secret, "12345", now, null)).toBeNull();
    expect(matchTotpStep(secret, "abcdef", now, null)).toBeNull();
  });
});
