import { z } from "zod";
import { TOKEN_EXPIRY_DEFAULT_DAYS, TOKEN_EXPIRY_MAX_DAYS, TOKEN_NAME_MAX } from "@/lib/api-tokens/api-token-view";
import { ROLES } from "@/lib/users/user-view";
import { text } from "@/lib/validation/text";

export const CreateApiTokenInput = z.object({
  name: text("The token's name", "Name the token after what uses it, e.g. “CMS import”.")
    .trim()
    .min(1, "Name the token after what uses it, e.g. “CMS import”.")
    .max(TOKEN_NAME_MAX, `The name must be at most ${TOKEN_NAME_MAX} characters.`),
  role: z.enum(ROLES, "Choose a role: fact-checker (CHECKER), editor (EDITOR) or admin (ADMIN)."),
  expiresInDays: z
    .number("The expiry must be a number of days.")
    .int("The expiry must be a whole number of days.")
    .min(1, "The expiry must be at least 1 day.")
    .max(TOKEN_EXPIRY_MAX_DAYS, `The expiry can be at most ${TOKEN_EXPIRY_MAX_DAYS} days.`)
    .default(TOKEN_EXPIRY_DEFAULT_DAYS),
});
