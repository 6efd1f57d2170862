"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";

export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setFailure(
      result?.error === "CredentialsSignin"
        ? "That email and password do not match an account. Check both and try again."
        : "Signing in failed. Please try again.",
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
      <FormFailure message={failure} />
      <button type="submit" className="button button--primary" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
