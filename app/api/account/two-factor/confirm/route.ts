import { getRequestAuth } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { confirmTwoFactorEnrolment } from "@/server/auth/two-factor/enrolment";

export const POST = apiRoute(async (request, { actor }) => {
  const auth = await getRequestAuth();
  const sessionId = auth?.kind === "session" ? auth.sessionId : undefined;
  return json(await confirmTwoFactorEnrolment(await readJson(request), actor, sessionId));
});
