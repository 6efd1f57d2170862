"use client";

import { useState, type FormEvent } from "react";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

const EMPTY = { currentPassword: "", newPassword: "" };

/** Changes the signed-in user's password; other browsers are signed out, this one stays. */
export function ChangePasswordForm() {
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const { pending, errors, failure, submit: send } = useApiSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const result = await send(async () => {
      await apiRequest<void>("POST", "/api/account/password", values);
      return true;
    });
    if (!result) return;
    setValues(EMPTY);
    setDone(true);
  }

  const input = (key: keyof typeof EMPTY, autoComplete: string) =>
    function Control({ id, describedBy, invalid }: { id: string; describedBy?: string; invalid: boolean }) {
      return (
        <input
          id={id}
          type="password"
          autoComplete={autoComplete}
          value={values[key]}
          onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      );
    };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-heading">
      <h3 id="change-password-heading">Change password</h3>
      <Field label="Current password" errors={errors.currentPassword}>
        {input("currentPassword", "current-password")}
      </Field>
      <Field label="New password" errors={errors.newPassword} hint="At least 12 characters.">
        {input("newPassword", "new-password")}
      </Field>
      <FormFailure
        message={failure && !failure.fields.currentPassword && !failure.fields.newPassword ? failure.message : null}
      />
      <p role="status">{done ? "Your password is changed. Every other browser you used was signed out." : ""}</p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
