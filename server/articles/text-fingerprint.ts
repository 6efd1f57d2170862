import { createHash } from "node:crypto";
import { normalizeForFingerprint } from "@/lib/article/text-fingerprint";

/** SHA-256 (hex) of the article text as normalizeForFingerprint sees it. */
export function textFingerprint(contentText: string): string {
  return createHash("sha256").update(normalizeForFingerprint(contentText), "utf8").digest("hex");
}
