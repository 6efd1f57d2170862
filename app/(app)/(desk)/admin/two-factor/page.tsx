import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { listUserTwoFactor } from "@/server/auth/two-factor/list-two-factor";
import { getTwoFactorRequirement } from "@/server/auth/two-factor/requirement";
import { RequireTwoFactorSetting } from "./require-two-factor-setting";
import { UserTwoFactorTable } from "./user-two-factor-table";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function TwoFactorAdminPage() {
  const user = await requirePageUser();
  // Not a 403: people without the permission need not learn that the page exists.
  if (!can(user, "user.manage")) notFound();
  const [required, users] = await Promise.all([getTwoFactorRequirement(), listUserTwoFactor(user)]);
  return (
    <div className="page">
      <h1>Two-factor authentication</h1>
      <RequireTwoFactorSetting initialRequired={required} />
      <UserTwoFactorTable initialUsers={users} />
    </div>
  );
}
