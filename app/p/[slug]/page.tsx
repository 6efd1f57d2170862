import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articleSection, claimsSection, factCheckHeader } from "@/lib/render/fact-check-sections";
import { factCheckSummary, shareDescription } from "@/lib/render/fact-check-summary";
import { loadPublicArticle } from "@/server/publish/load-public-article";
import { ElementTree } from "@/components/ui/element-tree";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadPublicArticle((await params).slug);
  if (!doc) return {};
  const title = `Fact-check: ${doc.article.title}`;
  const description = shareDescription(doc);
  return {
    title,
    description,
    openGraph: {
      type: "article",
      title,
      description,
      siteName: doc.newsroom.name,
      ...(doc.publicUrl ? { url: doc.publicUrl } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}

/**
 * The read-only, signed-out view of a published article, approved claims only: the header and a
 * summary of every claim, then the annotated article and the notes, as the HTML export has them.
 */
export default async function PublicArticlePage({ params }: Props) {
  const doc = await loadPublicArticle((await params).slug);
  if (!doc) notFound();
  return (
    <main id="main" className="public-article">
      <ElementTree nodes={[factCheckHeader(doc), factCheckSummary(doc), articleSection(doc), claimsSection(doc)]} />
    </main>
  );
}
