import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/links/safe-next-path";
import { getCurrentUser } from "@/server/auth";
import { env } from "@/server/env";
import { SignInForm } from "./sign-in-form";
import { SsoSignIn } from "./sso-sign-in";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing tool.
  const next = callbackUrl === undefined ? "/articles" : safeNextPath(callbackUrl, { origin: env().NEXTAUTH_URL });
  if (await getCurrentUser()) redirect(next);
  return (
    <main id="main" className="sign-in">
      <h1>Fact-check desk</h1>
      <SsoSignIn next={next} error={error} />
      <SignInForm next={next} />
    </main>
  );
}
