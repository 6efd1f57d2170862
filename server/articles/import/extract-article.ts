// No "server-only": this runs in the parse workers (server/workers/parse-jobs.ts), under plain Node.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { refuse } from "@/server/articles/import/fetch-target";
import { decodePage } from "@/server/articles/import/decode-page";
import { MAX_HTML_DEPTH, slimPage } from "@/server/articles/import/slim-page";
import { extractedMeta, type ArticleMeta } from "@/server/articles/import/article-meta";

export type ExtractedArticle = { html: string; meta: ArticleMeta };

/** Pages with more elements are refused rather than scored: Readability's work grows with them. */
const MAX_ELEMENTS = 100_000;

/**
 * Finds the article in a fetched page with Readability (the engine of Firefox's Reader View) and
 * reads its metadata. jsdom runs no scripts and loads nothing (no `runScripts`, no `resources`);
 * the page's address only resolves its relative links.
 */
export function extractArticle(page: { url: string; contentType: string; body: Buffer }): ExtractedArticle {
  const slimmed = slimPage(decodePage(page.body, page.contentType));
  if ("tooDeep" in slimmed) {
    throw refuse(`The page nests its markup more than ${MAX_HTML_DEPTH} levels deep; the desk cannot read it safely.`);
  }
  // Standards mode, as the page's own doctype was not kept. XHTML is read as HTML too: the XML
  // parser refuses a whole page for one stray "&".
  const dom = new JSDOM(`<!doctype html>${slimmed.html}`, {
    url: page.url,
    contentType: "text/html",
    virtualConsole: new VirtualConsole(),
  });
  try {
    const document = dom.window.document;
    const publishedHint = publishedTimeElement(document);
    let article: ReturnType<Readability["parse"]>;
    try {
      article = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch (error) {
      if (error instanceof Error && /Aborting parsing document/.test(error.message)) {
        throw refuse(`The page has more than ${MAX_ELEMENTS.toLocaleString("en")} elements; the desk cannot read it.`);
      }
      throw error;
    }
    if (!article?.content) throw refuse("No article text was found on this page.");
    return { html: article.content, meta: extractedMeta(article, publishedHint) };
  } finally {
    dom.window.close();
  }
}

// Readability reads article:published_time and JSON-LD; many pages only have a <time> element.
// Read before Readability runs: it takes the document apart.
function publishedTimeElement(document: Document): string | undefined {
  const time = document.querySelector(
    "time[itemprop~='datePublished'][datetime], time[pubdate][datetime], article time[datetime], time[datetime]",
  );
  return time?.getAttribute("datetime") ?? undefined;
}
