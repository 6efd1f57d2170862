// What the admin's sign-in security page shows: recent failed sign-ins and running account locks.

export interface SignInFailureView {
  id: number;
  email: string;
  /** The account's name when the email belongs to one. */
  userName: string | null;
  ipAddress: string | null;
  reason: string;
  createdAt: string;
  /** Whether this email is locked right now. */
  locked: boolean;
}

export interface AccountLockView {
  userId: string;
  name: string;
  email: string;
  failures: number;
  lockedUntil: string;
}

export interface SignInSecurityView {
  failures: SignInFailureView[];
  locks: AccountLockView[];
}

export const FAILURE_REASON_LABELS: Record<string, string> = {
  password: "Wrong password",
  "unknown-account": "No such account",
  deactivated: "Account deactivated",
  throttled: "Refused: too many attempts",
  "second-factor": "Wrong two-factor code",
  sso: "Single sign-on refused",
};
