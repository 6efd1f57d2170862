import { cleanArticleInput } from "@/lib/article/clean-input";

/** What a page says about its article; each is absent when the page does not say it usably. */
export type ArticleMeta = { title?: string; author?: string; outlet?: string; publishedAt?: Date };

type ReadabilityMeta = {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
};

// The article form's limits (server/articles/schemas.ts): a value that does not fit is dropped
// rather than cut, since half a title is worse than the person typing one.
const LIMITS = { title: 500, author: 200, outlet: 200 } as const;

export function extractedMeta(article: ReadabilityMeta, publishedHint?: string): ArticleMeta {
  const meta: ArticleMeta = {};
  const outlet = fit(article.siteName, LIMITS.outlet);
  const title = withoutSiteName(fit(article.title, LIMITS.title), outlet);
  const author = fit(article.byline?.replace(/^\s*by\s+/i, ""), LIMITS.author);
  const publishedAt = dateFrom(article.publishedTime) ?? dateFrom(publishedHint);
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (outlet) meta.outlet = outlet;
  if (publishedAt) meta.publishedAt = publishedAt;
  return meta;
}

// Without og:title, Readability falls back to <title>, which often ends "| The Daily Test".
// Run on the fitted title (at most 500 characters, single spaces), so the pattern stays cheap.
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const suffix = new RegExp(` [|\\-–—·:]+ ${siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i");
  const stripped = title.replace(suffix, "");
  return stripped.trim() ? stripped : title;
}

function fit(value: string | null | undefined, max: number): string | undefined {
  // Metadata is the page's text as much as the body is: the same characters are removed.
  const text = value && cleanArticleInput(value).replace(/\s+/g, " ").trim();
  return text && text.length <= max ? text : undefined;
}

function dateFrom(value: string | null | undefined): Date | undefined {
  const time = value ? Date.parse(value.trim()) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time);
}
