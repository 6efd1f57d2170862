import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";

export const CreateRevisionInput = z
  .object({
    format: z.enum(["text", "html", "markdown", "docx", "url"], "Choose text, HTML, Markdown, Word or a web address."),
    body: z.string().optional(),
    url: z.string().trim().optional(),
    note: optionalText(500, "Note"),
  })
  .superRefine((input, ctx) => {
    if (input.format === "url" && !input.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the web address to fetch." });
    if (input.format !== "url" && !input.body?.trim())
      ctx.addIssue({ code: "custom", path: ["body"], message: "Paste or upload the article's new text." });
  });

export type CreateRevisionInput = z.output<typeof CreateRevisionInput>;
