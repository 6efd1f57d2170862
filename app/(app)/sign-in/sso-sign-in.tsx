import { FormFailure } from "@/components/ui/form-failure";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SSO_PROVIDER_ID, ssoConfig } from "@/server/auth/sso";
import { SsoButton } from "./sso-button";

/**
 * The sign-in page's single sign-on part: why the last attempt was refused (next-auth sends the
 * browser back with ?error=), and "Sign in with <provider>" when OpenID Connect is configured.
 */
export function SsoSignIn({ next, error }: { next: string; error: string | undefined }) {
  const config = ssoConfig();
  const name = config?.name ?? "single sign-on";
  return (
    <>
      <FormFailure message={error ? signInErrorMessage(error, name) : null} />
      {config && (
        <div className="sign-in__sso">
          <SsoButton providerId={SSO_PROVIDER_ID} name={config.name} next={next} />
          <p>or with your email and password:</p>
        </div>
      )}
    </>
  );
}
