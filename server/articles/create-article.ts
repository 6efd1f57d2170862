import "server-only";
import { importArticleBody } from "@/lib/article/import-body";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { ARTICLE_BODY_LIMIT_BYTES, CreateArticleInput } from "@/server/articles/schemas";
import { articleInclude, toArticleView } from "@/server/articles/article-view";
import { parseInput } from "@/server/validation";
import type { ArticleView } from "@/lib/articles/article-view";

export async function createArticle(raw: unknown, actor: Actor): Promise<ArticleView> {
  assertPermission(actor, "article.create");
  const input = parseInput(CreateArticleInput, raw);
  if (Buffer.byteLength(input.body, "utf8") > ARTICLE_BODY_LIMIT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The article body is larger than the 2 MB limit.", {
      body: ["The article body is larger than 2 MB. Split it, or remove embedded images and markup."],
    });
  }
  const { contentHtml, contentText } = importArticleBody({ format: input.format, body: input.body });
  if (contentText.trim() === "") {
    throw new AppError("VALIDATION", "Some fields need attention.", {
      body: ["Nothing readable is left once unsafe markup is removed. Paste the article's text."],
    });
  }
  const article = await db.article.create({
    data: {
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      author: input.author,
      publishedAt: input.publishedAt,
      contentHtml,
      contentText,
      createdById: actor.id,
    },
    include: articleInclude,
  });
  return toArticleView(article);
}
