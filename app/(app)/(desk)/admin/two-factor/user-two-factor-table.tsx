"use client";

import { useState } from "react";
import { ROLE_LABELS } from "@/lib/users/user-view";
import type { UserTwoFactorView } from "@/server/auth/two-factor/list-two-factor";
import { apiRequest } from "@/components/api-client";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { formatTime } from "@/components/ui/format-time";
import { RecordTable } from "@/components/ui/record-table";

/** Who has two-factor on, and a reset for someone who lost their phone and their recovery codes. */
export function UserTwoFactorTable({ initialUsers }: { initialUsers: UserTwoFactorView[] }) {
  const [users, setUsers] = useState(initialUsers);
  const [status, setStatus] = useState("");

  async function reset(user: UserTwoFactorView) {
    await apiRequest("DELETE", `/api/users/${user.id}/two-factor`);
    setUsers((list) => list.map((u) => (u.id === user.id ? { ...u, enabledAt: null } : u)));
    setStatus(`Two-factor is off for ${user.name}: they sign in with their password and can turn it on again.`);
  }

  return (
    <section aria-labelledby="two-factor-users-heading">
      <h2 id="two-factor-users-heading">Accounts</h2>
      <p role="status" className="users-admin__status">
        {status}
      </p>
      <RecordTable labelledBy="two-factor-users-heading" headings={["Name", "Role", "Two-factor", "Reset"]}>
        {users.map((user) => (
          <tr role="row" key={user.id}>
            <th scope="row" role="rowheader">
              {user.name}
              <br />
              {user.email}
            </th>
            <td role="cell">{ROLE_LABELS[user.role]}</td>
            <td role="cell">{user.enabledAt ? `On since ${formatTime(user.enabledAt)}` : "Off"}</td>
            <td role="cell">
              {user.enabledAt && (
                <ConfirmDelete
                  label={`Reset two-factor for ${user.name}`}
                  question={`Turn two-factor off for ${user.name}? Do this only when you are sure it is them (a lost phone): until they turn it on again, their password alone signs them in.`}
                  onConfirm={() => reset(user)}
                />
              )}
            </td>
          </tr>
        ))}
      </RecordTable>
    </section>
  );
}
