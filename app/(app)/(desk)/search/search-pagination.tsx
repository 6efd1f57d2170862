import Link from "next/link";
import { searchHref, type SearchParams } from "@/lib/search/search-url";

export function SearchPagination({
  params,
  page,
  pageCount,
}: {
  params: SearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="page-links">
      {page > 1 && (
        <Link href={searchHref(params, { page: String(page - 1) })} rel="prev">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={searchHref(params, { page: String(page + 1) })} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
