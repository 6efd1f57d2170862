import { z } from "zod";
import { VERDICT_KEYS } from "@/lib/verdicts";
import { optionalText } from "@/lib/validation/fields";
import { text } from "@/lib/validation/text";

const MAX_QUOTE = 10_000;

const TextQuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: text("The quote")
    .min(1, "The quote is empty.")
    .max(MAX_QUOTE, `A claim's quote is at most ${MAX_QUOTE} characters.`),
  prefix: text("The prefix").max(1000, "The prefix is at most 1000 characters.").optional(),
  suffix: text("The suffix").max(1000, "The suffix is at most 1000 characters.").optional(),
});

const TextPositionSelector = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().min(0, "start must be 0 or more."),
    end: z.number().int().min(1, "end must be more than start."),
  })
  .refine((s) => s.end > s.start, { message: "end must be more than start.", path: ["end"] });

const claimFields = {
  claimant: optionalText(300, "Claimant"),
  verdict: z.enum(VERDICT_KEYS, `Choose a verdict from the scale: ${VERDICT_KEYS.join(", ")}.`).nullish(),
  rationale: optionalText(20_000, "Rationale"),
};

export const CreateClaimInput = z.object({
  target: z.object({
    selector: z
      .array(
        z.discriminatedUnion(
          "type",
          [TextQuoteSelector, TextPositionSelector],
          "Each selector must be a TextQuoteSelector or a TextPositionSelector.",
        ),
      )
      .min(1, "Give at least one selector.")
      .max(2, "Give at most one selector of each type.")
      .refine(
        (sels) => new Set(sels.map((s) => s.type)).size === sels.length,
        "Give at most one selector of each type.",
      ),
  }),
  ...claimFields,
});

export const UpdateClaimInput = z.object({
  version: z.number("Send the version of the claim you edited.").int().min(1),
  ...claimFields,
  /** A user id, or null to unassign; left out, the assignee stays. */
  assigneeId: z
    .string("Choose a person to assign, or null for nobody.")
    .min(1, "Choose a person to assign, or null for nobody.")
    .max(100, "No person has this id.")
    .nullable()
    .optional(),
});

export type CreateClaimInput = z.input<typeof CreateClaimInput>;
export type UpdateClaimInput = z.input<typeof UpdateClaimInput>;
