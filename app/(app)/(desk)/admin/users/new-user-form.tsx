"use client";

import { useState, type FormEvent } from "react";
import { ROLE_LABELS, ROLES, type UserView } from "@/lib/users/user-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

type TextField = "name" | "email" | "password";
const EMPTY = { name: "", email: "", password: "", role: "CHECKER" as UserView["role"] };

/** Creates an account; the fields stay filled if the server refuses them. */
export function NewUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const [values, setValues] = useState(EMPTY);
  const { pending, errors, failure, submit: send } = useApiSubmit();
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send(() => apiRequest<{ user: UserView }>("POST", "/api/users", values));
    if (!result) return;
    setValues(EMPTY);
    onCreated(result.user);
  }

  const input = (key: TextField, type: string, autoComplete: string) =>
    function Control({ id, describedBy, invalid }: { id: string; describedBy?: string; invalid: boolean }) {
      return (
        <input
          id={id}
          type={type}
          autoComplete={autoComplete}
          value={values[key]}
          onChange={set(key)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      );
    };

  return (
    <form onSubmit={submit} noValidate className="new-user-form" aria-labelledby="new-user-heading">
      <Field label="Name" errors={errors.name}>
        {input("name", "text", "off")}
      </Field>
      <Field label="Email" errors={errors.email}>
        {input("email", "email", "off")}
      </Field>
      <Field label="Role" errors={errors.role}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={values.role}
            onChange={set("role")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Password"
        errors={errors.password}
        hint="At least 12 characters. Give it to them in person or by phone, not by email."
      >
        {input("password", "password", "new-password")}
      </Field>
      <FormFailure message={failure?.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}
