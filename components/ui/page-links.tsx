import Link from "next/link";

type Query = Record<string, string | string[] | undefined>;

interface PageLinksProps {
  /** The navigation's accessible name, e.g. "Pages of articles". */
  label: string;
  path: string;
  /** The list's query string as it arrived: its sort and filters are kept on every link. */
  query: Query;
  /** From the list's page (lib/pagination/cursor.ts); null on the last page. */
  nextCursor: string | null;
  /** Whether this is a later page, so there is a first one to go back to. */
  first: boolean;
}

/**
 * "Next page" and "First page" for a keyset-paginated list. A cursor page has no number and no
 * "previous" of its own: the browser's Back goes to the page before, and the URL of every page can
 * be shared.
 */
export function PageLinks({ label, path, query, nextCursor, first }: PageLinksProps) {
  if (!nextCursor && !first) return null;
  return (
    <nav aria-label={label} className="page-links">
      {first && <Link href={hrefWith(path, query, null)}>First page</Link>}
      {nextCursor && (
        <Link href={hrefWith(path, query, nextCursor)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

function hrefWith(path: string, query: Query, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "cursor" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") params.append(key, v);
  }
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
