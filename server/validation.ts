import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";
import { fieldErrorsFromZod } from "@/server/http/field-errors";

/** Services validate their own input, so every caller (route, action, seed, test) gets the same 400. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Some fields need attention.", fieldErrorsFromZod(parsed.error));
  }
  return parsed.data;
}
