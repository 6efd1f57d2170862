// schema.org ClaimReview (https://schema.org/ClaimReview), one per approved claim, shaped after
// Google's fact-check structured-data guidance: claimReviewed, reviewRating with alternateName
// (plus a 1..5 scale for ordinal verdicts), url as a deep link, the claim's author and appearance.
// Approved claims without a verdict are skipped: a ClaimReview without a rating says nothing.
import type { ExportClaim, ExportDocument } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";
import type { Verdict } from "@/lib/verdicts";

type Agent = { "@type": "Person" | "Organization"; name: string; url?: string };

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: 5;
    worstRating?: 1;
    ratingExplanation?: string;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: Agent;
    appearance: {
      "@type": "CreativeWork";
      headline: string;
      url?: string;
      author?: Agent;
      publisher?: Agent;
      datePublished?: string;
    };
    datePublished?: string;
  };
  author: Agent & { "@type": "Organization"; url: string };
  datePublished: string;
}

export function renderClaimReviews(doc: ExportDocument): ClaimReview[] {
  const approved = doc.claims.filter((c) => c.status === "APPROVED").sort((a, b) => a.number - b.number);
  return approved.flatMap((claim) => {
    if (!claim.verdict) return [];
    // Claim numbers are stable, so the deep link is the same on the public page and the desk.
    const url = `${doc.publicUrl ?? doc.targetUrl}#claim-${claim.number}`;
    return [review(doc, claim, claim.verdict, url)];
  });
}

export function renderClaimReviewJson(doc: ExportDocument): string {
  return JSON.stringify(renderClaimReviews(doc), null, 2);
}

function review(doc: ExportDocument, claim: ExportClaim, verdict: Verdict, url: string): ClaimReview {
  const { article } = doc;
  const articleUrl = sourceHref(article.url);
  const published = article.publishedAt ? { datePublished: isoDate(article.publishedAt) } : {};
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.quote.exact,
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.label,
      ...(verdict.ordinal !== null ? { ratingValue: verdict.ordinal, bestRating: 5, worstRating: 1 } : {}),
      ...(claim.rationale ? { ratingExplanation: claim.rationale } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      // The desk records the claimant as a name only; Person is the usual case for a quote.
      ...(claim.claimant ? { author: { "@type": "Person", name: claim.claimant } } : {}),
      appearance: {
        "@type": "CreativeWork",
        headline: article.title,
        ...(articleUrl ? { url: articleUrl } : {}),
        ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
        ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
        ...published,
      },
      ...published,
    },
    author: { "@type": "Organization", name: doc.newsroom.name, url: doc.newsroom.url },
    datePublished: isoDate(claim.reviewedAt ?? claim.updatedAt),
  };
}

/** YYYY-MM-DD of an ISO timestamp, in UTC like the timestamp itself. */
function isoDate(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}
