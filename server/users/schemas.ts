import { z } from "zod";
import { ROLES } from "@/lib/users/user-view";
import { text } from "@/lib/validation/text";

export const PASSWORD_MIN = 12;
const PASSWORD_MAX = 200;

const role = z.enum(ROLES, "Choose a role: fact-checker (CHECKER), editor (EDITOR) or admin (ADMIN).");

export const CreateUserInput = z.object({
  email: text("The email address", "Enter an email address.")
    .trim()
    .toLowerCase()
    .max(254, "The email address must be at most 254 characters.")
    .regex(z.regexes.email, "Enter an email address like name@example.org."),
  name: text("The name", "Enter the person's name.")
    .trim()
    .min(1, "Enter the person's name.")
    .max(200, "The name must be at most 200 characters."),
  role,
  password: z
    .string("Choose a password.")
    .min(PASSWORD_MIN, `The password must be at least ${PASSWORD_MIN} characters long.`)
    .max(PASSWORD_MAX, `The password must be at most ${PASSWORD_MAX} characters long.`),
});

export const UpdateUserInput = z
  .object({
    role: role.optional(),
    active: z.boolean("active must be true or false.").optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, "Send a new role, active (true or false), or both.");

/** Proving who you are with the current password; the new one follows create-user's rule. */
export const ChangePasswordInput = z.object({
  currentPassword: z.string("Enter your current password.").min(1, "Enter your current password."),
  newPassword: CreateUserInput.shape.password,
});

export const ResetPasswordInput = z.object({
  token: z.string("This reset link is not valid.").min(1, "This reset link is not valid.").max(200),
  password: CreateUserInput.shape.password,
});

export type CreateUserInput = z.input<typeof CreateUserInput>;
export type UpdateUserInput = z.input<typeof UpdateUserInput>;
