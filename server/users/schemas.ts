import { z } from "zod";
import { ROLES } from "@/lib/users/user-view";

export const PASSWORD_MIN = 12;
const PASSWORD_MAX = 200;

const role = z.enum(ROLES, "Choose a role: fact-checker (CHECKER), editor (EDITOR) or admin (ADMIN).");

export const CreateUserInput = z.object({
  email: z
    .string("Enter an email address.")
    .trim()
    .toLowerCase()
    .max(254, "The email address must be at most 254 characters.")
    .regex(z.regexes.email, "Enter an email address like name@example.org."),
  name: z
    .string("Enter the person's name.")
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

export type CreateUserInput = z.input<typeof CreateUserInput>;
export type UpdateUserInput = z.input<typeof UpdateUserInput>;
