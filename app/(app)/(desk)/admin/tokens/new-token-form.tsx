"use client";

import { useState, type FormEvent } from "react";
import { TOKEN_EXPIRY_DEFAULT_DAYS, TOKEN_EXPIRY_MAX_DAYS, type ApiTokenView } from "@/lib/api-tokens/api-token-view";
import type { Role } from "@/lib/permissions";
import { ROLE_LABELS, ROLES } from "@/lib/users/user-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

const EMPTY = { name: "", role: "CHECKER" as Role, expiresInDays: String(TOKEN_EXPIRY_DEFAULT_DAYS) };

/** Roles up to the admin's own: the server refuses more anyway, the form need not offer it. */
export function NewTokenForm({
  adminRole,
  onCreated,
}: {
  adminRole: Role;
  onCreated: (token: string, view: ApiTokenView) => void;
}) {
  const [values, setValues] = useState(EMPTY);
  const { pending, errors, failure, submit: send } = useApiSubmit();
  const roles = ROLES.slice(0, ROLES.indexOf(adminRole) + 1);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name: values.name, role: values.role, expiresInDays: Number(values.expiresInDays) };
    const result = await send(() => apiRequest<{ token: string; apiToken: ApiTokenView }>("POST", "/api/tokens", body));
    if (!result) return;
    setValues(EMPTY);
    onCreated(result.token, result.apiToken);
  }

  return (
    <form onSubmit={submit} noValidate className="new-user-form" aria-labelledby="new-token-heading">
      <Field label="Name" errors={errors.name} hint="What uses it, e.g. “CMS import”.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            autoComplete="off"
            maxLength={100}
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Role" errors={errors.role} hint="What the token may do. Give it the lowest role that works.">
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={values.role}
            onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Expires after (days)" errors={errors.expiresInDays} hint={`1 to ${TOKEN_EXPIRY_MAX_DAYS} days.`}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="number"
            min={1}
            max={TOKEN_EXPIRY_MAX_DAYS}
            value={values.expiresInDays}
            onChange={(e) => setValues((v) => ({ ...v, expiresInDays: e.target.value }))}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure message={failure?.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
