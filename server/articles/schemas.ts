import { z } from "zod";
import { optionalDate, optionalHttpUrl, optionalText } from "@/lib/validation/fields";

/** The article body limit the newsroom was promised; larger bodies get 413. */
export const ARTICLE_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export const CreateArticleInput = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(500, "The title must be at most 500 characters."),
  outlet: optionalText(200, "Outlet"),
  url: optionalHttpUrl,
  author: optionalText(200, "Author"),
  publishedAt: optionalDate,
  format: z.enum(["text", "html"], "Choose plain text or HTML.").default("text"),
  body: z.string("Paste the article's text.").refine((v) => v.trim().length > 0, "Paste the article's text."),
});

export type CreateArticleInput = z.input<typeof CreateArticleInput>;
