import { describe, expect, it } from "vitest";
import { retryAfterFromSignInError, throttledSignInError, tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";

describe("throttled sign-in errors", () => {
  it("carry the whole seconds to wait, rounded up, through next-auth's error string", () => {
    expect(retryAfterFromSignInError(throttledSignInError(29.2))).toBe(30);
    expect(retryAfterFromSignInError(throttledSignInError(0))).toBe(1);
  });

  it("are told apart from every other error", () => {
    for (const other of ["CredentialsSignin", "TwoFactorRequired", "TooManyAttempts-", "TooManyAttempts-x", null]) {
      expect(retryAfterFromSignInError(other)).toBeNull();
    }
  });

  it("say how long to wait in words", () => {
    expect(tooManyAttemptsMessage(30)).toBe("Too many attempts. Try again in 30 seconds.");
    expect(tooManyAttemptsMessage(1)).toBe("Too many attempts. Try again in 1 second.");
  });
});
