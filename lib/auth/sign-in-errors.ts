// What the sign-in page says for each `?error=` it is sent back with: next-auth's own codes
// (https://next-auth.js.org/configuration/pages#error-codes) and the single sign-on refusals of
// server/auth/sso-link.ts. Pure, so the page and the server agree on the codes.

export const SSO_REFUSALS = ["SsoUnverifiedEmail", "SsoNoAccount", "SsoDeactivated", "SsoLinkedElsewhere"] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** `provider` is the single sign-on's name as the button shows it (OIDC_NAME). */
export function signInErrorMessage(code: string, provider: string): string {
  switch (code) {
    case "SsoUnverifiedEmail":
      return `Your ${provider} account has no verified email address, so it cannot be matched to a desk account. Verify your email address with ${provider}, or ask an admin.`;
    case "SsoNoAccount":
      return `There is no desk account for your ${provider} email address. Ask an admin to create your account first.`;
    case "SsoDeactivated":
      return "This account has been deactivated. Ask an admin if you need access again.";
    case "SsoLinkedElsewhere":
      return `The desk account with your email address is already linked to a different ${provider} account. Ask an admin.`;
    case "AccessDenied":
      return "Signing in was refused.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "Callback":
      return `Signing in with ${provider} did not complete. Please try again; if it keeps failing, ask an admin.`;
    case "SessionRequired":
      return "Sign in to continue.";
    case "Configuration":
      return "Signing in is misconfigured on the server. Ask an admin.";
    default:
      return "Signing in failed. Please try again.";
  }
}
