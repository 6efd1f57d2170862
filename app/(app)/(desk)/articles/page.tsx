import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth";
import { listArticles } from "@/server/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const articles = await listArticles(await requirePageUser());
  return (
    <div className="page">
      <div className="page__heading">
        <h1>Articles</h1>
        <Link href="/articles/new" className="button button--primary">
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>No articles yet. Start with “New article”.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.id}>
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              <p className="article-list__meta">
                {[
                  a.outlet,
                  a.author,
                  a.publishedAt &&
                    new Date(a.publishedAt).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {" · "}
                {a.claimCount} claim{a.claimCount === 1 ? "" : "s"} · added by {a.createdBy.name}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
