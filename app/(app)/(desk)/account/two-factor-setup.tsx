"use client";

import { useState, type FormEvent } from "react";
import type { EnrolmentStart } from "@/server/auth/two-factor/enrolment";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/** Turn on: a QR code and the same secret in text, then a code from the app proves it has it. */
export function TwoFactorSetup({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(null);
  const [code, setCode] = useState("");
  const { pending, errors, failure, submit } = useApiSubmit();

  async function start() {
    const result = await submit(() => apiRequest<EnrolmentStart>("POST", "/api/account/two-factor"));
    if (result) setEnrolment(result);
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const result = await submit(() =>
      apiRequest<{ recoveryCodes: string[] }>("POST", "/api/account/two-factor/confirm", { code }),
    );
    if (result) onEnabled(result.recoveryCodes);
  }

  if (!enrolment) {
    return (
      <>
        <p>Two-factor authentication is off.</p>
        <FormFailure message={failure?.message} />
        <button type="button" className="button button--primary" onClick={start} disabled={pending}>
          Turn on two-factor authentication
        </button>
      </>
    );
  }
  return (
    <form onSubmit={confirm} noValidate aria-label="Set up two-factor authentication">
      <ol>
        <li>
          <p>Scan this QR code with your authenticator app:</p>
          {/* A data URL made on the server: no script, and the CSP allows data: images. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
          <p>
            Or type this secret into the app:{" "}
            <code aria-label="Secret key">{enrolment.secret.match(/.{1,4}/g)?.join(" ")}</code>
          </p>
        </li>
        <li>
          <Field label="Code from your app" errors={errors.code} hint="The 6 digits the app shows now.">
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        </li>
      </ol>
      <FormFailure message={errors.code ? undefined : failure?.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        Confirm and turn on
      </button>
    </form>
  );
}
