import { z } from "zod";
import { httpUrl, optionalText } from "@/lib/validation/fields";
import { text } from "@/lib/validation/text";

export const AddSourceInput = z.object({
  url: httpUrl,
  title: text("The title", "Give the source a title.")
    .trim()
    .min(1, "Give the source a title.")
    .max(500, "The title must be at most 500 characters."),
  publisher: optionalText(200, "Publisher"),
  excerpt: optionalText(5000, "Excerpt"),
  stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"], "Choose whether the source supports, refutes or adds context."),
});

export type AddSourceInput = z.input<typeof AddSourceInput>;
