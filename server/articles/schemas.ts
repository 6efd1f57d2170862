import { z } from "zod";
import { optionalDate, optionalHttpUrl, optionalText } from "@/lib/validation/fields";
import { storableText, text } from "@/lib/validation/text";

/** The article body limit the newsroom was promised; larger bodies get 413. */
export const ARTICLE_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export const ARTICLE_FORMATS = ["text", "html", "markdown", "docx", "url"] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

const URL_MESSAGE = "Enter a full web address starting with http:// or https://.";

export const CreateArticleInput = z
  .object({
    // Optional here only for "url": the page's own title fills it in (see the check below).
    title: text("The title").trim().max(500, "The title must be at most 500 characters.").optional(),
    outlet: optionalText(200, "Outlet"),
    /** The original article's address; with format "url", the page to fetch. */
    url: optionalHttpUrl,
    author: optionalText(200, "Author"),
    publishedAt: optionalDate,
    format: z
      .enum(ARTICLE_FORMATS, "Choose plain text, HTML, Markdown, a Word file (docx) or a web address (url).")
      .default("text"),
    /** The text, HTML or Markdown; for "docx" the file as base64; unused for "url". The importer cleans it. */
    body: storableText("The article's text", "Paste the article's text.").optional(),
  })
  .superRefine((input, ctx) => {
    if (input.format === "url") {
      if (!input.url) ctx.addIssue({ code: "custom", path: ["url"], message: URL_MESSAGE });
      return;
    }
    if (!input.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Give the article a title." });
    if (input.body === undefined || input.body.trim() === "") {
      const message = input.format === "docx" ? "Choose a Word file (.docx)." : "Paste the article's text.";
      ctx.addIssue({ code: "custom", path: ["body"], message });
    }
  });

export type CreateArticleInput = z.input<typeof CreateArticleInput>;
