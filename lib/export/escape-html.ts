// The one escape every string embedded in the HTML export goes through, text and attribute values
// alike (attributes are always double-quoted). Control characters are made visible first.
import { plainText } from "@/lib/export/plain-text";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return plainText(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Plain text as HTML: a blank line starts a paragraph, a single newline is a line break. */
export function paragraphsHtml(s: string): string {
  return plainText(s)
    .split(/\n[^\S\n]*\n\s*/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("");
}
