import "server-only";
import { z } from "zod";

// Validated once, on first use, so a misconfigured server fails with a readable message.
const EnvSchema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "must be a postgresql:// connection string"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEWSROOM_NAME: z.string().default("Fact-check desk"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}\nSee README.md, "Configuration".`);
  }
  cached = parsed.data;
  return cached;
}
