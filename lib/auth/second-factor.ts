// What the credentials sign-in throws when the second factor is missing or wrong: next-auth hands
// the message to the sign-in form as `result.error`, the only channel it has.
export const SECOND_FACTOR_REQUIRED = "TwoFactorRequired";
export const SECOND_FACTOR_INVALID = "TwoFactorInvalid";

/** The sign-in form's words for a second-factor error, or null for any other error. */
export function secondFactorMessage(error: string | null | undefined): string | null {
  if (error === SECOND_FACTOR_REQUIRED) {
    return "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";
  }
  if (error === SECOND_FACTOR_INVALID) {
    return "That code is not right, or was already used. Enter the code your app shows now, or an unused recovery code.";
  }
  return null;
}
