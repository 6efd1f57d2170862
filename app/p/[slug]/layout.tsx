import type { ReactNode } from "react";
import { jsonLdScript } from "@/lib/export/json-ld-script";
import { renderClaimReviews } from "@/lib/export/render-claimreview";
import { loadPublicArticle } from "@/server/publish/load-public-article";
import "../../globals.css";

// The public pages have their own root layout so ClaimReview JSON-LD sits in <head>, where
// search engines and fact-check aggregators look for it.
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const doc = await loadPublicArticle((await params).slug);
  const reviews = doc ? renderClaimReviews(doc) : [];
  return (
    <html lang="en">
      <head>
        {reviews.length > 0 && (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(reviews) }} />
        )}
      </head>
      <body className="public">{children}</body>
    </html>
  );
}
