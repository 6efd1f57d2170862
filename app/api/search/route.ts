import { apiRoute, json } from "@/server/http/api-route";
import { searchArchive } from "@/server/search/search-archive";

export const GET = apiRoute(async (request, { actor }) =>
  json(await searchArchive(Object.fromEntries(new URL(request.url).searchParams), actor)),
);
