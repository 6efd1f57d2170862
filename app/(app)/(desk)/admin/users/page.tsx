import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { listUsers } from "@/server/users/list-users";
import { UsersAdmin } from "./users-admin";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser();
  // Not a 403: people without the permission need not learn that the page exists.
  if (!can(user, "user.manage")) notFound();
  const users = await listUsers(user);
  return (
    <div className="page">
      <h1>Users</h1>
      <p>
        Add people to the desk, change what they may do, or deactivate them. A deactivated account cannot sign in; its
        name stays on the claims and sources it worked on.
      </p>
      <p>
        Failed sign-ins and locked accounts: <Link href="/admin/security">Sign-in security</Link>.
      </p>
      <UsersAdmin initialUsers={users} currentUserId={user.id} />
    </div>
  );
}
