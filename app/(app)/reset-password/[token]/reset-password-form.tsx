"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/** The one use of a reset link: a new password, then on to sign-in. */
export function ResetPasswordForm({ token, name, email }: { token: string; name: string; email: string }) {
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const { pending, errors, failure, submit: send } = useApiSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await send(async () => {
      await apiRequest<void>("POST", "/api/password-reset", { token, password });
      return true;
    });
    if (ok) setDone(true);
  }

  if (done) {
    return (
      <div role="status" className="notice">
        <p>Your password is set. Every browser you were signed in on was signed out.</p>
        <p>
          <Link href="/sign-in">Sign in with your new password</Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="sign-in__form" aria-label="Set a new password">
      <p>
        For {name} ({email}). This link works once.
      </p>
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field label="New password" errors={errors.password} hint="At least 12 characters.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure message={failure && !failure.fields.password ? failure.message : null} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
