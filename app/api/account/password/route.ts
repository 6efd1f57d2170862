import { getRequestAuth } from "@/server/auth";
import { clientAddress } from "@/server/auth/client-info";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { changePassword } from "@/server/users/change-password";

export const POST = apiRoute(async (request, { actor }) => {
  const auth = await getRequestAuth();
  if (auth?.kind !== "session") throw new AppError("UNAUTHENTICATED", "Sign in to change your password.");
  const ipAddress = clientAddress(request.headers);
  await changePassword(await readJson(request), actor, { sessionId: auth.sessionId, ipAddress });
  return new Response(null, { status: 204 });
});
