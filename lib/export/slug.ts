/** A URL- and filename-safe slug: "Sessions met with Russian envoy…" → "sessions-met-with-russian-envoy". */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "article";
}

/** "<slug of the title>-<YYYY-MM-DD>.<extension>", the date being the day of the export (UTC). */
export function exportFilename(title: string, date: Date, extension: string): string {
  return `${slugify(title)}-${date.toISOString().slice(0, 10)}.${extension}`;
}
