import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { regenerateRecoveryCodes } from "@/server/auth/two-factor/manage";

export const POST = apiRoute(async (request, { actor }) =>
  json(await regenerateRecoveryCodes(await readJson(request), actor)),
);
