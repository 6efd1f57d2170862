// TOTP (RFC 6238) over HOTP (RFC 4226): HMAC of the 30-second step counter, dynamically
// truncated. Pure node:crypto, no "server-only", so end-to-end tests can compute codes too.
import { createHmac, timingSafeEqual } from "node:crypto";
import { base32Decode } from "@/server/auth/two-factor/base32";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that still count: phones whose clocks drift by up to 30 s. */
const WINDOW = 1;

type Algorithm = "sha1" | "sha256" | "sha512";

export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS, algorithm: Algorithm = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export function totpStep(timeMs: number): number {
  return Math.floor(timeMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator app shows at `timeMs` for a base32 secret. */
export function totpCode(secret: string, timeMs = Date.now()): string {
  return hotp(base32Decode(secret), totpStep(timeMs));
}

/**
 * The step `code` belongs to, within the window around `timeMs` and after `lastStep` (a code
 * already accepted, or an older one, is refused: RFC 6238 §5.2), or null.
 */
export function matchTotpStep(secret: string, code: string, timeMs: number, lastStep: number | null): number | null {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const key = base32Decode(secret);
  const now = totpStep(timeMs);
  for (let step = now - WINDOW; step <= now + WINDOW; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(digits))) return step;
  }
  return null;
}
