"use client";

import { Field } from "@/components/ui/field";

/** The sign-in's second step, shown once the password was right for an account with two-factor on. */
export function AuthenticationCodeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Field label="Authentication code" hint="The 6-digit code from your authenticator app, or a recovery code.">
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoFocus
          required
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
