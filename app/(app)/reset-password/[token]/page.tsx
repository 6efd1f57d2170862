import type { Metadata } from "next";
import Link from "next/link";
import { resetLinkMessage, resetLinkState } from "@/server/users/use-password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in this page's address: no link or resource on it may carry it off as a referrer.
export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resetLinkState(token);
  return (
    <main id="main" className="sign-in">
      <h1>Set a new password</h1>
      {link.state === "valid" ? (
        <ResetPasswordForm token={token} name={link.name} email={link.email} />
      ) : (
        <div role="alert" className="notice notice--error">
          <p>{resetLinkMessage(link.state)}</p>
          <p>
            <Link href="/sign-in">Go to sign-in</Link>
          </p>
        </div>
      )}
    </main>
  );
}
