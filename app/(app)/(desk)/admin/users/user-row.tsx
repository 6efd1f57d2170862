"use client";

import { useId, useState, type FormEvent } from "react";
import { ROLE_LABELS, ROLE_WITH_ARTICLE, ROLES, type UserView } from "@/lib/users/user-view";
import { apiRequest } from "@/components/api-client";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { UserSignInActions } from "./user-sign-in-actions";

interface UserRowProps {
  user: UserView;
  isYou: boolean;
  onChanged: (user: UserView, message: string) => void;
}

/** One account: its role picker and its deactivate/reactivate button, each named after the person. */
export function UserRow({ user, isYou, onChanged }: UserRowProps) {
  const [role, setRole] = useState(user.role);
  const { pending, failure, submit } = useApiSubmit();
  const selectId = useId();
  const errorId = useId();

  // aria-disabled rather than disabled while a request runs: a disabled button drops keyboard focus.
  async function update(change: { role?: UserView["role"]; active?: boolean }, describe: (u: UserView) => string) {
    if (pending) return;
    const result = await submit(() => apiRequest<{ user: UserView }>("PATCH", `/api/users/${user.id}`, change));
    if (result) onChanged(result.user, describe(result.user));
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    if (role !== user.role) void update({ role }, (u) => `${u.name} is now ${ROLE_WITH_ARTICLE[u.role]}.`);
  }

  const toggle = user.active ? "Deactivate" : "Reactivate";
  return (
    <tr role="row" className={user.active ? undefined : "users-table__row--deactivated"}>
      <th scope="row" role="rowheader">
        {user.name}
        {isYou && <span className="role"> (you)</span>}
      </th>
      <td role="cell">{user.email}</td>
      <td role="cell">
        <form className="users-table__role" onSubmit={changeRole}>
          <label className="visually-hidden" htmlFor={selectId}>
            Role for {user.name}
          </label>
          <select
            id={selectId}
            value={role}
            onChange={(e) => setRole(e.target.value as UserView["role"])}
            aria-describedby={failure ? errorId : undefined}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            aria-disabled={pending || role === user.role}
            aria-label={`Change role for ${user.name}`}
          >
            Change role
          </button>
        </form>
      </td>
      <td role="cell">{user.active ? "Active" : "Deactivated"}</td>
      <td role="cell">
        <button
          type="button"
          className={`button button--small${user.active ? " button--danger-quiet" : ""}`}
          aria-disabled={pending}
          aria-label={`${toggle} ${user.name}`}
          onClick={() =>
            void update({ active: !user.active }, (u) =>
              u.active
                ? `${u.name} is active again and can sign in.`
                : `${u.name} is deactivated: they can no longer sign in.`,
            )
          }
        >
          {toggle}
        </button>
        {failure && (
          <p id={errorId} role="alert" className="field__error users-table__error">
            {failure.message}
          </p>
        )}
      </td>
      <td role="cell">
        <UserSignInActions user={user} onDone={(message) => onChanged(user, message)} />
      </td>
    </tr>
  );
}
