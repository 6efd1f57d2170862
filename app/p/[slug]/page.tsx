import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { longDate } from "@/lib/export/long-date";
import { annotateDoc } from "@/lib/export/annotate-doc";
import { loadPublicArticle } from "@/server/publish/load-public-article";
import { AnnotatedText } from "@/components/articles/annotated-text";
import { ClaimNotes } from "@/components/public/claim-notes";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadPublicArticle((await params).slug);
  return doc
    ? {
        title: `Fact-check: ${doc.article.title}`,
        description: `${doc.claims.length} claims checked by ${doc.newsroom.name}.`,
      }
    : {};
}

/** The read-only, signed-out view of a published article: approved claims only. */
export default async function PublicArticlePage({ params }: Props) {
  const doc = await loadPublicArticle((await params).slug);
  if (!doc) notFound();
  const spans = doc.claims.flatMap((c) => (c.anchored ? [{ number: c.number, ...c.anchored }] : []));
  const byNumber = new Map(doc.claims.map((c) => [c.number, c]));
  const byline = [
    doc.article.outlet,
    doc.article.author,
    doc.article.publishedAt && longDate(doc.article.publishedAt),
  ].filter(Boolean);
  return (
    <main id="main" className="public-article">
      <header>
        <p className="public-article__newsroom">{doc.newsroom.name} · Fact-check</p>
        <h1>{doc.article.title}</h1>
        {byline.length > 0 && <p className="article-header__byline">{byline.join(" · ")}</p>}
        {doc.article.url && (
          <p>
            <a href={doc.article.url} rel="noopener noreferrer nofollow">
              Original article
            </a>
          </p>
        )}
      </header>
      <article className="article-text public-article__text" aria-label="Article with checked claims">
        <AnnotatedText blocks={annotateDoc(doc.doc, spans)} claims={byNumber} />
      </article>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Checked claims ({doc.claims.length})</h2>
        {doc.claims.length === 0 ? <p>No claims have been approved yet.</p> : <ClaimNotes claims={doc.claims} />}
      </section>
    </main>
  );
}
