"use client";

import { useState } from "react";
import { ROLE_WITH_ARTICLE, type UserView } from "@/lib/users/user-view";
import { NewUserForm } from "./new-user-form";
import { UserRow } from "./user-row";
import { RecordTable } from "@/components/ui/record-table";

const byName = (a: UserView, b: UserView) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email);

/** The accounts table and the new-user form; outcomes are announced in one polite live region. */
export function UsersAdmin({ initialUsers, currentUserId }: { initialUsers: UserView[]; currentUserId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [status, setStatus] = useState("");

  function replace(user: UserView, message: string) {
    setUsers((list) => list.map((u) => (u.id === user.id ? user : u)));
    setStatus(message);
  }

  function add(user: UserView) {
    setUsers((list) => [...list, user].sort(byName));
    setStatus(
      `Created an account for ${user.name} (${user.email}) as ${ROLE_WITH_ARTICLE[user.role]}. They can sign in now.`,
    );
  }

  return (
    <div className="users-admin">
      <p role="status" className="users-admin__status">
        {status}
      </p>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <RecordTable labelledBy="accounts-heading" headings={["Name", "Email", "Role", "Status", "Access", "Sign-in"]}>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isYou={user.id === currentUserId} onChanged={replace} />
          ))}
        </RecordTable>
      </section>
      <section aria-labelledby="new-user-heading" className="users-admin__new">
        <h2 id="new-user-heading">New user</h2>
        <NewUserForm onCreated={add} />
      </section>
    </div>
  );
}
