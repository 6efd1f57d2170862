"use client";

import { useId, useState, type FormEvent } from "react";
import { ApiError } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";

type Proof = { code?: string; password?: string };

/** A change that weakens two-factor asks again who you are: a current code, or your password. */
export function TwoFactorProofForm({
  title,
  explanation,
  action,
  danger = false,
  onSubmit,
}: {
  title: string;
  explanation: string;
  action: string;
  danger?: boolean;
  onSubmit: (proof: Proof) => Promise<void>;
}) {
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      await onSubmit(code.trim() ? { code } : { password });
      setCode("");
      setPassword("");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{explanation} Confirm with a code from your app, or with your password.</p>
      <Field label={`Code from your app (${title.toLowerCase()})`} errors={failure?.fields.code}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label={`Or your password (${title.toLowerCase()})`} errors={failure?.fields.password}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure
        message={failure && !failure.fields.code && !failure.fields.password ? failure.message : undefined}
      />
      <button type="submit" className={`button ${danger ? "button--danger" : ""}`} disabled={pending}>
        {action}
      </button>
    </form>
  );
}
