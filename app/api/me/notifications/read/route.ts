import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { markNotificationsRead } from "@/server/notifications/mark-read";

export const POST = apiRoute(async (request, { actor }) =>
  json(await markNotificationsRead(await readJson(request), actor)),
);
