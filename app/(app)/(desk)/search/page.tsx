import type { Metadata } from "next";
import { PageLinks } from "@/components/ui/page-links";
import type { SearchResponse } from "@/lib/search/search-results";
import { readSearchParams } from "@/lib/search/search-url";
import { requirePageUser } from "@/server/auth";
import { AppError, type FieldErrors } from "@/server/errors";
import { searchArchive } from "@/server/search/search-archive";
import { SearchFacetsView } from "./search-facets";
import { SearchForm } from "./search-form";
import { SearchResultsList } from "./search-results";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The address is the search: reloading or sharing it shows the same results.
export default async function SearchPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = readSearchParams(await searchParams);
  const asked = Object.keys(params).some((name) => name !== "cursor");
  let response: SearchResponse | null = null;
  let fields: FieldErrors | undefined;
  if (asked) {
    try {
      response = await searchArchive(params, user);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
      fields = error.fields;
    }
  }
  return (
    <div className="page search-page">
      <h1>Search</h1>
      <SearchForm params={params} fields={fields} />
      {!asked && (
        <p className="search-page__hint">
          Search claims (quote, claimant, rationale, sources) and articles (title, outlet, text). Misspelled names still
          match. Press <kbd>/</kbd> on any desk page to come here.
        </p>
      )}
      {response && (
        <div className="search-page__body">
          <section aria-labelledby="search-results-heading" className="search-page__results">
            <h2 id="search-results-heading" aria-live="polite">
              {summary(response)}
            </h2>
            {response.totalCapped && (
              <p className="notice">More matched than one search looks at: add words or a filter to narrow it.</p>
            )}
            {response.results.length === 0 ? (
              <p className="search-page__empty">
                Nothing matched. Check the spelling, use fewer words, or remove a filter.
              </p>
            ) : (
              <SearchResultsList results={response.results} />
            )}
            <PageLinks
              label="Pages of results"
              path="/search"
              query={params}
              nextCursor={response.nextCursor}
              first={Boolean(params.cursor)}
            />
          </section>
          <SearchFacetsView params={params} facets={response.facets} />
        </div>
      )}
    </div>
  );
}

function summary({ total, totalCapped }: SearchResponse): string {
  if (total === 0) return "No results";
  return `${total.toLocaleString("en")}${totalCapped ? "+" : ""} ${total === 1 ? "result" : "results"}`;
}
