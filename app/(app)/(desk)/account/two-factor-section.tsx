import type { Actor } from "@/server/permissions";
import { twoFactorStatus } from "@/server/auth/two-factor/status";
import { TwoFactorSettings } from "./two-factor-settings";

/** The account page's "Two-factor authentication" section: turn it on, manage it, or turn it off. */
export async function TwoFactorSection({ user }: { user: Actor }) {
  const status = await twoFactorStatus(user);
  return (
    <section aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor authentication</h2>
      {status.required && !status.enabled && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>Your desk requires two-factor authentication for editors and admins.</strong> Turn it on to continue
            working.
          </p>
        </div>
      )}
      <p>
        With two-factor on, signing in asks for your password and a 6-digit code from an authenticator app on your phone
        (such as Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP), so a stolen password alone is not
        enough.
      </p>
      <TwoFactorSettings initialStatus={status} />
    </section>
  );
}
