import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { createApiToken, listApiTokens } from "@/server/auth/api-tokens";

export const GET = apiRoute(async (_request, { actor }) => json({ tokens: await listApiTokens(actor) }));

export const POST = apiRoute(async (request, { actor }) =>
  json(await createApiToken(await readJson(request), actor), 201),
);
