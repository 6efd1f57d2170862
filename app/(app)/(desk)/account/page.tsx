import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/users/user-view";
import { requirePageUser } from "@/server/auth";
import { activeSessionCount } from "@/server/users/sign-out-everywhere";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { TwoFactorSection } from "./two-factor-section";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  const sessions = await activeSessionCount(user.id);
  return (
    <div className="page page--narrow">
      <h1>Your account</h1>
      <p>
        {user.name} ({user.email}), {ROLE_LABELS[user.role].toLowerCase()}.
      </p>
      <section aria-labelledby="password-sessions-heading">
        <h2 id="password-sessions-heading">Password and sessions</h2>
        <ChangePasswordForm />
        <SignOutEverywhere sessions={sessions} />
      </section>
      <TwoFactorSection user={user} />
    </div>
  );
}
