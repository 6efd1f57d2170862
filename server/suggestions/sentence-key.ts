import "server-only";
import { createHash } from "node:crypto";
import { normalizeSentence } from "@/lib/checkworthy/sentence-key";

/** Hashed, so a sentence of any length fits the dismissal's primary key. */
export function sentenceKey(text: string): string {
  return createHash("sha256").update(normalizeSentence(text)).digest("base64url");
}
