import Form from "next/form";
import Link from "next/link";
import { ARTICLE_SORTS, type ArticleListQuery, type ArticleSort } from "@/lib/articles/article-list";

interface ArticleListControlsProps {
  selected: ArticleListQuery;
  /** The URL held values we could not read; the list shows its default instead. */
  invalid: boolean;
}

/** A GET form, so the sorted and filtered list is a link that can be shared, and works without JavaScript. */
export function ArticleListControls({ selected, invalid }: ArticleListControlsProps) {
  return (
    // Keyed by the selection so "Clear" (a client navigation) resets the controls too.
    <Form
      key={JSON.stringify(selected)}
      action="/articles"
      className="article-filters"
      aria-label="Sort and filter articles"
    >
      {invalid && (
        <p className="notice notice--error article-filters__notice">
          That sort or filter could not be read, so every article is shown, newest first.
        </p>
      )}
      <div className="field article-filters__search">
        <label htmlFor="article-filter-q">Search</label>
        <p id="article-filter-q-hint" className="field__hint">
          Words in the title or the outlet
        </p>
        <input
          id="article-filter-q"
          name="q"
          type="search"
          defaultValue={selected.q ?? ""}
          aria-describedby="article-filter-q-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="article-filter-sort">Sort by</label>
        <select id="article-filter-sort" name="sort" defaultValue={selected.sort}>
          {(Object.keys(ARTICLE_SORTS) as ArticleSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {ARTICLE_SORTS[sort]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="article-filters__flags">
        <legend>Show only</legend>
        <label>
          <input type="checkbox" name="published" value="1" defaultChecked={selected.published} /> Published articles
        </label>
        <label>
          <input type="checkbox" name="inReview" value="1" defaultChecked={selected.inReview} /> Articles with claims in
          review
        </label>
      </fieldset>
      <div className="article-filters__actions">
        <button type="submit" className="button button--primary">
          Apply
        </button>
        <Link href="/articles">Clear</Link>
      </div>
    </Form>
  );
}
