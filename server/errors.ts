// One error type for everything the user may be told. Route handlers map `code` to a status;
// anything that is not an AppError is a bug: logged, and shown generically.
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  /** An `Authorization: Bearer` token that is unknown, expired or revoked (server/auth/api-tokens-actor.ts). */
  INVALID_TOKEN: 401,
  FORBIDDEN: 403,
  /** Token management and account security refuse API tokens: they need the signed-in browser. */
  BROWSER_ONLY: 403,
  /** The desk requires two-factor for this role and the user has not turned it on yet. */
  TWO_FACTOR_REQUIRED: 403,
  /** A state-changing request from another site's page (see server/http/origin-policy.ts). */
  CSRF_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  /** Sign-in throttling (server/auth/throttle.ts): details.retryAfter says how many seconds to wait. */
  TOO_MANY_REQUESTS: 429,
  /** Every article-parsing worker is busy and the queue is full (server/workers/parse-pool.ts). */
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → messages, as shown beside the form field. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** Extra JSON the client needs to recover, e.g. the current claim on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found.`);
}
