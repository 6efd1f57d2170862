import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";
import { storableText, text } from "@/lib/validation/text";

export const CreateRevisionInput = z
  .object({
    format: z.enum(["text", "html", "markdown", "docx", "url"], "Choose text, HTML, Markdown, Word or a web address."),
    // The importer cleans control characters out of the body itself, before parsing.
    body: storableText("The article's new text").optional(),
    url: text("The web address").trim().optional(),
    note: optionalText(500, "Note"),
  })
  .superRefine((input, ctx) => {
    if (input.format === "url" && !input.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the web address to fetch." });
    if (input.format !== "url" && !input.body?.trim())
      ctx.addIssue({ code: "custom", path: ["body"], message: "Paste or upload the article's new text." });
  });

export type CreateRevisionInput = z.output<typeof CreateRevisionInput>;
