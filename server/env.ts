import "server-only";
import { z } from "zod";

// Validated once, on first use, so a misconfigured server fails with a readable message.
const EnvSchema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "must be a postgresql:// connection string"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEWSROOM_NAME: z.string().default("Fact-check desk"),
  /** The newsroom's public address, for links in exports and ClaimReview; defaults to NEXTAUTH_URL. */
  PUBLIC_BASE_URL: z.url("must be a full URL").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** "1" lets URL import fetch from loopback (127.0.0.0/8, ::1) for tests with local servers; never in production. */
  IMPORT_ALLOW_PRIVATE_HOSTS: z
    .enum(["", "0", "1"], "must be 1 (allow loopback, for tests) or unset")
    .default("")
    .transform((v) => v === "1"),
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

/** Where the desk is reachable, without a trailing slash. */
export function publicBaseUrl(): string {
  const { PUBLIC_BASE_URL, NEXTAUTH_URL } = env();
  return (PUBLIC_BASE_URL ?? NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
