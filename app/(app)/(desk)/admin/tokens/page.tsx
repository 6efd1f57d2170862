import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { listApiTokens } from "@/server/auth/api-tokens";
import { TokensAdmin } from "./tokens-admin";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageUser();
  // Not a 403: people without the permission need not learn that the page exists.
  if (!can(user, "token.manage")) notFound();
  const tokens = await listApiTokens(user);
  return (
    <div className="page">
      <h1>API tokens</h1>
      <p>
        Tokens let a CMS or a script use the desk&apos;s API (<code>Authorization: Bearer …</code>) with the role you
        give them, never more than your own. Each token acts in your name; revoke it when the integration stops.
      </p>
      <TokensAdmin initialTokens={tokens} adminRole={user.role} />
    </div>
  );
}
