import Form from "next/form";
import Link from "next/link";
import { STATUS_DISPLAY, CLAIM_STATUSES } from "@/lib/claims/status";
import type { SearchParams } from "@/lib/search/search-url";
import { SEARCH_QUERY_MAX } from "@/lib/search/search-results";
import { VERDICTS } from "@/lib/verdicts";
import type { FieldErrors } from "@/server/errors";

/** A GET form: the search and its filters live in the address and work without JavaScript. */
export function SearchForm({ params, fields }: { params: SearchParams; fields?: FieldErrors }) {
  const error = (name: string) =>
    fields?.[name] ? (
      <span id={`search-${name}-error`} className="field-error">
        {fields[name].join(" ")}
      </span>
    ) : null;
  const described = (name: string) =>
    fields?.[name] ? { "aria-describedby": `search-${name}-error`, "aria-invalid": true } : {};
  return (
    // Keyed by the search so following a facet or "Clear" (client navigations) resets the fields.
    <Form
      key={JSON.stringify(params)}
      action="/search"
      className="search-form"
      role="search"
      aria-label="Search the archive"
    >
      <div className="search-form__main">
        <label htmlFor="search-q">Search the archive</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={SEARCH_QUERY_MAX}
          autoFocus={!params.q}
          placeholder='Words, a "phrase", or a name'
          {...described("q")}
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
        {error("q")}
      </div>
      {/* Filters chosen from facets or links travel with the next search. */}
      {(["checker", "assignee", "article"] as const).map(
        (name) => params[name] && <input key={name} type="hidden" name={name} value={params[name]} />,
      )}
      <details className="search-form__filters" open={Object.keys(params).some((n) => n !== "q" && n !== "page")}>
        <summary>Filters</summary>
        <div className="search-form__grid">
          <Select
            name="type"
            label="Show"
            all="Claims and articles"
            value={params.type}
            options={[
              { value: "claim", label: "Claims only" },
              { value: "article", label: "Articles only" },
            ]}
          />
          <Select
            name="status"
            label="Status"
            all="Any status"
            value={params.status}
            options={CLAIM_STATUSES.map((s) => ({
              value: s,
              label: `${STATUS_DISPLAY[s].symbol} ${STATUS_DISPLAY[s].label}`,
            }))}
          />
          <Select
            name="verdict"
            label="Verdict"
            all="Any verdict"
            value={params.verdict}
            options={VERDICTS.map((v) => ({ value: v.key, label: `${v.symbol} ${v.label}` }))}
          />
          <div className="field">
            <label htmlFor="search-claimant">Claimant</label>
            <input id="search-claimant" name="claimant" defaultValue={params.claimant} {...described("claimant")} />
            {error("claimant")}
          </div>
          <div className="field">
            <label htmlFor="search-from">From</label>
            <input id="search-from" name="from" type="date" defaultValue={params.from} {...described("from")} />
            {error("from")}
          </div>
          <div className="field">
            <label htmlFor="search-to">To</label>
            <input id="search-to" name="to" type="date" defaultValue={params.to} {...described("to")} />
            {error("to")}
          </div>
        </div>
        <div className="search-form__actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          <Link href={params.q ? `/search?q=${encodeURIComponent(params.q)}` : "/search"}>Clear filters</Link>
        </div>
      </details>
    </Form>
  );
}

function Select({
  name,
  label,
  all,
  value,
  options,
}: {
  name: string;
  label: string;
  all: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
