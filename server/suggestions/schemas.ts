import { z } from "zod";

export const DismissSuggestionInput = z
  .object({
    start: z.number().int().min(0, "start must be 0 or more."),
    end: z.number().int().min(1, "end must be more than start."),
    text: z.string().min(1, "The sentence is empty.").max(100_000, "A sentence is at most 100,000 characters."),
  })
  .refine((s) => s.end > s.start, { message: "end must be more than start.", path: ["end"] });
