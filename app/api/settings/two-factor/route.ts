import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { setTwoFactorRequirement } from "@/server/auth/two-factor/requirement";

export const PUT = apiRoute(async (request, { actor }) =>
  json(await setTwoFactorRequirement(await readJson(request), actor)),
);
