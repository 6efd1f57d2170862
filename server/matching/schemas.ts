import { z } from "zod";

export const LinkClaimInput = z.object({
  claimId: z
    .string("Name the earlier claim to link (claimId).")
    .min(1, "Name the earlier claim to link (claimId).")
    .max(100, "No claim has this id."),
  copy: z.boolean("Say whether to copy its verdict, rationale and sources (copy: true or false)."),
  /** The version of this claim the person saw: a copy onto a newer version is refused (409). */
  version: z.number("Send the version of the claim you saw.").int().min(1).optional(),
});
