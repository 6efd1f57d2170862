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
      {invalid && (
        <p className="notice notice--error review-filters__notice">
          Those filters could not be read, so every claim in review is shown.
        </p>
      )}
      <div className="field">
        <label htmlFor="review-filter-article">Article</label>
        <select id="review-filter-article" name="articleId" defaultValue={selected.articleId ?? ""}>
          <option value="">All articles</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-filter-checker">Checker</label>
        <select id="review-filter-checker" name="checkerId" defaultValue={selected.checkerId ?? ""}>
          <option value="">All checkers</option>
          {options.checkers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-filter-verdict">Verdict</label>
        <select id="review-filter-verdict" name="verdict" defaultValue={selected.verdict ?? ""}>
          <option value="">All verdicts</option>
          {VERDICTS.map((v) => (
            <option key={v.key} value={v.key}>
              {v.symbol} {v.label}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__actions">
        <button type="submit" className="button button--primary">
          Filter
        </button>
        <Link href="/review">Clear filters</Link>
      </div>
    </Form>
  );
}
