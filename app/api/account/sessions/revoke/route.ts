import { getRequestAuth } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api-route";
import { signOutOtherBrowsers } from "@/server/users/sign-out-everywhere";

/** Ends every other session of the signed-in user; this browser signs out through next-auth. */
export const POST = apiRoute(async (_request, { actor }) => {
  const auth = await getRequestAuth();
  const sessionId = auth?.kind === "session" ? auth.sessionId : undefined;
  return json({ revoked: await signOutOtherBrowsers(actor, sessionId) });
});
