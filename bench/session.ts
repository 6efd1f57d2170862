// Signs in through next-auth's own credentials endpoint, as the e2e fixture does, and returns the
// cookies (session token included) as a Cookie header for autocannon and Playwright.
export interface Session {
  /** `name=value; name=value`, ready for a Cookie header. */
  cookieHeader: string;
  cookies: { name: string; value: string }[];
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  remember(response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }
  const check = await fetch(`${baseUrl}/api/auth/session`, { headers: { Cookie: header() } });
  const session = (await check.json()) as { user?: { email?: string } };
  if (session.user?.email !== email)
    throw new Error(`Signed in, but the session is not ${email}: ${JSON.stringify(session)}`);
  return { cookieHeader: header(), cookies: [...jar].map(([name, value]) => ({ name, value })) };
}

/** GET a JSON API route with the session. */
export async function getJson<T>(baseUrl: string, path: string, session: Session): Promise<T> {
  const response = await fetch(baseUrl + path, { headers: { Cookie: session.cookieHeader } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
