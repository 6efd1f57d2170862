"use client";

import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { signOutOfDesk } from "@/components/sign-out-button";

/** Ends every session of yours, this browser's last: for a lost laptop or a shared computer. */
export function SignOutEverywhere({ sessions }: { sessions: number }) {
  const { pending, failure, submit } = useApiSubmit();

  async function signOutEverywhere() {
    const result = await submit(() => apiRequest<{ revoked: number }>("POST", "/api/account/sessions/revoke"));
    if (result) await signOutOfDesk();
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h3 id="sessions-heading">Sessions</h3>
      <p>
        You are signed in on {sessions} {sessions === 1 ? "browser" : "browsers"}. Signing out everywhere ends every one
        of them, this one included.
      </p>
      <FormFailure message={failure?.message} />
      <button type="button" className="button" disabled={pending} onClick={() => void signOutEverywhere()}>
        Sign out everywhere
      </button>
    </section>
  );
}
