import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { startTwoFactorEnrolment } from "@/server/auth/two-factor/enrolment";
import { turnOffTwoFactor } from "@/server/auth/two-factor/manage";

/** Starts enrolment: a new secret and its QR code, not yet in force. */
export const POST = apiRoute(async (_request, { actor }) => json(await startTwoFactorEnrolment(actor)));

export const DELETE = apiRoute(async (request, { actor }) => {
  await turnOffTwoFactor(await readJson(request), actor);
  return new Response(null, { status: 204 });
});
