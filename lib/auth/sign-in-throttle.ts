// The sign-in form learns of a lock only through next-auth's `error` string (signIn() returns
// nothing else from the response), so the seconds to wait travel inside it.
const PREFIX = "TooManyAttempts-";

export function throttledSignInError(retryAfterSeconds: number): string {
  return `${PREFIX}${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** The seconds to wait named by a throttled sign-in's error, or null for any other error. */
export function retryAfterFromSignInError(error: string | null | undefined): number | null {
  if (!error?.startsWith(PREFIX)) return null;
  const seconds = Number(error.slice(PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return `Too many attempts. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}
