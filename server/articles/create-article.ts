import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { CreateArticleInput } from "@/server/articles/schemas";
import { readArticle } from "@/server/articles/article-view";
import {
  importArticleSource,
  type ArticleSource,
  type ImportOptions,
} from "@/server/articles/import/import-article-source";
import { revisionData } from "@/server/articles/revisions/revision-data";
import { parseInput } from "@/server/validation";
import type { ArticleView } from "@/lib/articles/article-view";

/** `options` lets tests shorten the fetch timeout or allow loopback; callers leave it out. */
export async function createArticle(raw: unknown, actor: Actor, options: ImportOptions = {}): Promise<ArticleView> {
  assertPermission(actor, "article.create");
  const input = parseInput(CreateArticleInput, raw);
  const source: ArticleSource =
    input.format === "url" ? { format: "url", url: input.url! } : { format: input.format, body: input.body ?? "" };
  const imported = await importArticleSource(source, options);
  // What the person typed wins; what the page says fills the blanks.
  const title = input.title || imported.meta.title;
  if (!title) {
    throw new AppError("VALIDATION", "Some fields need attention.", {
      title: ["The page does not say its title. Give the article a title."],
    });
  }
  const url = imported.url ?? input.url;
  const { contentHtml, contentText } = imported;
  const article = await db.article.create({
    data: {
      title,
      outlet: input.outlet || imported.meta.outlet || null,
      url,
      author: input.author || imported.meta.author || null,
      publishedAt: input.publishedAt ?? imported.meta.publishedAt ?? null,
      contentHtml,
      contentText,
      createdById: actor.id,
      revisions: {
        create: revisionData({
          number: 1,
          contentHtml,
          contentText,
          format: input.format,
          url: imported.url,
          createdById: actor.id,
        }),
      },
    },
    select: { id: true },
  });
  return (await readArticle(db, { id: article.id }))!.view;
}
