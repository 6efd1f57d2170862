import Link from "next/link";
import type { SearchFacets } from "@/lib/search/search-results";
import { searchHref, type SearchParamName, type SearchParams } from "@/lib/search/search-url";

const GROUPS: { key: keyof SearchFacets; param: SearchParamName; heading: string }[] = [
  { key: "status", param: "status", heading: "Status" },
  { key: "verdict", param: "verdict", heading: "Verdict" },
  { key: "checker", param: "checker", heading: "Checker" },
  { key: "article", param: "article", heading: "Article" },
];

/** Counts within the current results; each links to the same search narrowed by that value. */
export function SearchFacetsView({ params, facets }: { params: SearchParams; facets: SearchFacets }) {
  const groups = GROUPS.filter((g) => facets[g.key].length > 0);
  if (groups.length === 0) return null;
  return (
    <nav aria-label="Narrow the results" className="search-facets">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`facet-${group.key}`}>
          <h2 id={`facet-${group.key}`}>{group.heading}</h2>
          <ul>
            {facets[group.key].map((facet) => {
              const selected = params[group.param] === facet.value;
              return (
                <li key={facet.value}>
                  {selected ? (
                    <Link href={searchHref(params, { [group.param]: undefined })} aria-current="true">
                      {facet.label} ({facet.count}) <span className="visually-hidden">selected, </span>
                      <span aria-hidden="true">✕</span>
                      <span className="visually-hidden">remove this filter</span>
                    </Link>
                  ) : (
                    <Link href={searchHref(params, { [group.param]: facet.value })}>
                      {facet.label} ({facet.count})
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
