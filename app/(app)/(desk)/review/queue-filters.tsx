import Form from "next/form";
import Link from "next/link";
import type { ReviewQueue, ReviewQueueFilters } from "@/lib/review/review-queue";
import { VERDICTS } from "@/lib/verdicts";

interface QueueFiltersProps {
  options: ReviewQueue["filters"];
  selected: ReviewQueueFilters;
  /** The URL held filters we could not read; the queue shows everything instead. */
  invalid: boolean;
}

/** A GET form, so filters live in the URL and work without JavaScript. */
export function QueueFilters({ options, selected, invalid }: QueueFiltersProps) {
  return (
    // Keyed by the selection so "Clear filters" (a client navigation) resets the selects too.
    <Form key={JSON.stringify(selected)} action="/review" className="review-filters" aria-label="Filter the queue">
      {/* Filtering keeps the status chosen above. */}
      {selected.status && <input type="hidden" name="status" value={selected.status} />}
      {invalid && (
        <p className="notice notice--error review-filters__notice">
          Those filters could not be read, so every claim in review is shown.
        </p>
      )}
      <FilterSelect
        name="articleId"
        label="Article"
        all="All articles"
        value={selected.articleId}
        options={options.articles.map((a) => ({ value: a.id, label: a.title }))}
      />
      <FilterSelect
        name="checkerId"
        label="Checker"
        all="All checkers"
        value={selected.checkerId}
        options={options.checkers.map((c) => ({ value: c.id, label: c.name }))}
      />
      <FilterSelect
        name="verdict"
        label="Verdict"
        all="All verdicts"
        value={selected.verdict}
        options={VERDICTS.map((v) => ({ value: v.key, label: `${v.symbol} ${v.label}` }))}
      />
      <div className="review-filters__actions">
        <button type="submit" className="button button--primary">
          Filter
        </button>
        <Link href="/review">Clear filters</Link>
      </div>
    </Form>
  );
}

/** One labelled filter; the empty first option means "no filter". */
function FilterSelect({
  name,
  label,
  all,
  value,
  options,
}: {
  name: string;
  label: string;
  all: string;
  value?: string | null;
  options: { value: string; label: string }[];
}) {
  const id = `review-filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
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
