import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { longDate } from "@/lib/export/long-date";
import { cache } from "react";
import { docFromStoredHtml } from "@/lib/article/import-body";
import { requirePageUser } from "@/server/auth";
import { getArticle } from "@/server/articles/get-article";
import { eventCursor } from "@/server/live/event-cursor";
import { AppError } from "@/server/errors";
import { ArticleDesk } from "@/components/claims/article-desk";
import { ExportMenu } from "@/components/articles/export-menu";
import { PublishControls } from "@/components/articles/publish-controls";
import Link from "next/link";
import { can } from "@/lib/permissions";
import { DeleteArticle } from "./delete-article";
import { UpdateArticle } from "./update-article";
import { sourceHref } from "@/lib/links/link-policy";
import { buildTextIndex } from "@/lib/article/text-index";
import { packClaims } from "@/lib/claims/claim-pack";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The live stream's starting point, read before the article so the stream replays anything newer
// than what the page shows.
const cursorAt = cache(eventCursor);

// Metadata and page share one query per request.
const load = cache(async (id: string) => {
  await cursorAt(id);
  try {
    return await getArticle(id, await requirePageUser());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const claimParam = Number((await searchParams).claim);
  const { id } = await params;
  const [article, user, cursor] = await Promise.all([load(id), requirePageUser(), cursorAt(id)]);
  const doc = docFromStoredHtml(article.contentHtml);
  const text = buildTextIndex(doc).text;
  const originalUrl = sourceHref(article.url);
  const byline = [article.outlet, article.author, article.publishedAt && longDate(article.publishedAt)].filter(Boolean);
  return (
    <div className="page page--wide">
      <header className="article-header">
        <h1>{article.title}</h1>
        {byline.length > 0 && <p className="article-header__byline">{byline.join(" · ")}</p>}
        {originalUrl && (
          <p className="article-header__url">
            <a href={originalUrl} target="_blank" rel="noopener noreferrer nofollow">
              Original article
            </a>
          </p>
        )}
        <p className="article-header__revision">
          Revision {article.revision} · <Link href={`/articles/${article.id}/revisions`}>Revisions</Link>
        </p>
        <div className="article-header__actions">
          <ExportMenu articleId={article.id} />
          {can(user, "article.publish") && <PublishControls articleId={article.id} initialPath={article.publicPath} />}
          {can(user, "article.delete") && (
            <DeleteArticle articleId={article.id} claimCount={article.claims.length} publicPath={article.publicPath} />
          )}
        </div>
        {can(user, "article.update") && (
          <UpdateArticle articleId={article.id} url={originalUrl} revision={article.revision} />
        )}
      </header>
      <ArticleDesk
        // A new revision brings a new text and new anchors: the desk starts afresh on it.
        key={article.revision}
        articleId={article.id}
        user={{ id: user.id, name: user.name, role: user.role }}
        doc={doc}
        textMismatch={text !== article.contentText}
        initialClaims={packClaims(article.id, article.claims, text)}
        revision={article.revision}
        eventCursor={cursor}
        initialClaimNumber={Number.isSafeInteger(claimParam) && claimParam > 0 ? claimParam : null}
      />
    </div>
  );
}
