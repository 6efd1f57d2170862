import "server-only";
import { z } from "zod";
import { parseTrustedOrigins } from "@/server/http/origin-policy";

/**
 * Single sign-on (OpenID Connect): all of issuer, client id and secret, or none (password sign-in
 * only). Parsed on its own too (ssoEnv), because next-auth's options are built at import time,
 * when the rest of the environment (DATABASE_URL) need not be there yet, as during `next build`.
 */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const SsoEnvSchema = z
  .object({
    OIDC_ISSUER: unsetIfEmpty(
      z.url("must be the issuer's URL (discovery at <issuer>/.well-known/openid-configuration)").optional(),
    ),
    OIDC_CLIENT_ID: unsetIfEmpty(z.string().optional()),
    OIDC_CLIENT_SECRET: unsetIfEmpty(z.string().optional()),
    OIDC_NAME: unsetIfEmpty(z.string().default("single sign-on")),
  })
  .superRefine((value, ctx) => {
    const names = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const missing = names.filter((name) => !value[name]);
    if (missing.length > 0 && missing.length < names.length) {
      ctx.addIssue({ code: "custom", path: [missing[0]!], message: `set all of ${names.join(", ")} or none` });
    }
  });

// Validated once, on first use, so a misconfigured server fails with a readable message.
const EnvSchema = z.object({
  DATABASE_URL: z.string().startsWith("postgres", "must be a postgresql:// connection string"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /**
   * The live-updates listener's connection (LISTEN needs a session; PgBouncer transaction pooling
   * breaks it), or "poll" to read the event log every half second instead (the embedded database).
   */
  DATABASE_LISTEN_URL: unsetIfEmpty(
    z
      .string()
      .refine((v) => v === "poll" || v.startsWith("postgres"), 'must be a postgresql:// connection string or "poll"')
      .optional(),
  ),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEWSROOM_NAME: z.string().default("Fact-check desk"),
  /** The newsroom's public address, for links in exports and ClaimReview; defaults to NEXTAUTH_URL. */
  PUBLIC_BASE_URL: z.url("must be a full URL").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Other sites allowed to send state-changing requests with the session cookie (see server/http/origin-policy.ts). */
  TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedOrigins(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** "1" when a reverse proxy of ours sets X-Forwarded-Host/Proto (overwriting the client's). */
  TRUST_PROXY_HEADERS: z
    .enum(["", "0", "1"], "must be 1 (behind a proxy that sets X-Forwarded-*) or unset")
    .default("")
    .transform((v) => v === "1"),
  /** "1" lets URL import fetch from loopback (127.0.0.0/8, ::1) for tests with local servers; never in production. */
  IMPORT_ALLOW_PRIVATE_HOSTS: z
    .enum(["", "0", "1"], "must be 1 (allow loopback, for tests) or unset")
    .default("")
    .transform((v) => v === "1"),
});

export type Env = z.infer<typeof EnvSchema> & z.infer<typeof SsoEnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= { ...parseEnv(EnvSchema), ...ssoEnv() };
  return cached;
}

let cachedSso: z.infer<typeof SsoEnvSchema> | undefined;

export function ssoEnv(): z.infer<typeof SsoEnvSchema> {
  cachedSso ??= parseEnv(SsoEnvSchema);
  return cachedSso;
}

function parseEnv<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}\nSee README.md, "Configuration".`);
  }
  return parsed.data;
}

/** Where the desk is reachable, without a trailing slash. */
export function publicBaseUrl(): string {
  const { PUBLIC_BASE_URL, NEXTAUTH_URL } = env();
  return (PUBLIC_BASE_URL ?? NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
