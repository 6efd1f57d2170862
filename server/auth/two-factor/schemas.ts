import { z } from "zod";

export const ConfirmEnrolmentInput = z.object({
  code: z
    .string("Enter the 6-digit code from your authenticator app.")
    .trim()
    .min(1, "Enter the 6-digit code from your authenticator app."),
});

/** Turning two-factor off or replacing the recovery codes: prove it is you, with a code or your password. */
export const SecondFactorProof = z
  .object({
    code: z.string("The code must be text.").trim().optional(),
    password: z.string("The password must be text.").optional(),
  })
  .refine((v) => Boolean(v.code) || Boolean(v.password), {
    message: "Enter a code from your authenticator app or your password.",
    path: ["code"],
  });

export const TwoFactorRequirementInput = z.object({
  required: z.boolean("required must be true or false."),
});
