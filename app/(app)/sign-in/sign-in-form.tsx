"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field } from "@/components/ui/field";
import { SECOND_FACTOR_REQUIRED, secondFactorMessage } from "@/lib/auth/second-factor";
import { retryAfterFromSignInError, tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";
import { safeNextPath } from "@/lib/links/safe-next-path";
import { FormFailure } from "@/components/ui/form-failure";
import { AuthenticationCodeField } from "./authentication-code-field";

export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // Two-factor: null until the server asks for a code (SECOND_FACTOR_REQUIRED).
  const [code, setCode] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await signIn("credentials", {
      email,
      password,
      ...(code === null ? {} : { code }),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // Checked again here: `next` arrives as a prop, and this is where the browser leaves.
      window.location.assign(safeNextPath(next, { origin: window.location.origin }));
      return;
    }
    setBusy(false);
    if (result?.error === SECOND_FACTOR_REQUIRED && code === null) {
      setCode("");
      return;
    }
    // A lock (HTTP 429) names the seconds to wait in its error.
    const retryAfter = retryAfterFromSignInError(result?.error);
    setFailure(
      retryAfter !== null
        ? tooManyAttemptsMessage(retryAfter)
        : (secondFactorMessage(result?.error) ??
            (result?.error === "CredentialsSignin"
              ? "That email and password do not match an account. Check both and try again."
              : "Signing in failed. Please try again.")),
    );
  }

  return (
    <form onSubmit={submit} className="sign-in__form" aria-label="Sign in">
      <Field label="Email">
        {({ id }) => (
          <input
            id={id}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label="Password">
        {({ id }) => (
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {code !== null && <AuthenticationCodeField value={code} onChange={setCode} />}
      <FormFailure message={failure} />
      <button type="submit" className="button button--primary" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
