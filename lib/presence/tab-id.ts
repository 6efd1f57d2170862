type RandomSource = { randomUUID?: () => string; getRandomValues: (bytes: Uint8Array) => Uint8Array };

/**
 * A random version-4 UUID naming one browser tab. crypto.randomUUID exists only in secure
 * contexts (HTTPS, localhost); a desk served over plain HTTP on an intranet still has
 * crypto.getRandomValues, so the same format is built from it there.
 */
export function newTabId(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === "function") return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
