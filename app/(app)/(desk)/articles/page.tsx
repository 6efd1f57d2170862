import type { Metadata } from "next";
import Link from "next/link";
import { ArticleListQuery } from "@/lib/articles/article-list";
import { requirePageUser } from "@/server/auth";
import { eventCursor } from "@/server/live/event-cursor";
import { RefreshOnDeskEvents } from "@/components/live/refresh-on-desk-events";
import { listArticles } from "@/server/articles/list-articles";
import { PageLinks } from "@/components/ui/page-links";
import { ArticleListControls } from "./article-list-controls";
import { ArticleListEntry } from "./article-list-item";

export const metadata: Metadata = { title: "Articles" };

// What changes an entry's claim counts, revision or published state.
const LIST_EVENTS = [
  "article.created",
  "article.deleted",
  "claim.created",
  "claim.deleted",
  "claim.status",
  "revision.created",
  "article.published",
  "article.unpublished",
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = await searchParams;
  const parsed = ArticleListQuery.safeParse(params);
  const query = parsed.success ? parsed.data : ArticleListQuery.parse({});
  // Read before the list, so the stream replays anything newer than what the page shows.
  const since = await eventCursor();
  const { articles, nextCursor } = await listArticles(user, parsed.success ? params : {});
  const filtered = Boolean(query.q || query.published || query.inReview);
  return (
    <div className="page">
      <div className="page__heading">
        <h1>Articles</h1>
        <Link href="/articles/new" className="button button--primary">
          New article
        </Link>
      </div>
      <RefreshOnDeskEvents since={since} types={LIST_EVENTS} />
      <ArticleListControls selected={query} invalid={!parsed.success} />
      {articles.length === 0 ? (
        <p>
          {query.cursor
            ? "No more articles."
            : filtered
              ? "No articles match these filters."
              : "No articles yet. Start with “New article”."}
        </p>
      ) : (
        <ul className="article-list" aria-label="Articles">
          {articles.map((a) => (
            <ArticleListEntry key={a.id} article={a} />
          ))}
        </ul>
      )}
      <PageLinks
        label="Pages of articles"
        path="/articles"
        query={parsed.success ? params : {}}
        nextCursor={nextCursor}
        first={Boolean(query.cursor)}
      />
    </div>
  );
}
