// Routes a token may never call, whatever its role: managing tokens, people and account security
// (password, two-factor, sessions, reset links). A leaked token must not mint more tokens, create
// an account with a password it knows, or take over the account behind it. These need the
// signed-in browser; a CMS or a script has no business managing people.
const BROWSER_ONLY = [/^\/api\/tokens(\/|$)/, /^\/api\/account(\/|$)/, /^\/api\/settings(\/|$)/, /^\/api\/users(\/|$)/];

export function isBrowserOnlyApi(pathname: string): boolean {
  return BROWSER_ONLY.some((pattern) => pattern.test(pathname));
}

export function browserOnlyMessage(pathname: string): string {
  return pathname.startsWith("/api/tokens")
    ? "Use the desk in a browser to manage tokens: an API token cannot create, list or revoke tokens."
    : "Use the desk in a browser to change sign-in security: an API token cannot do this.";
}
