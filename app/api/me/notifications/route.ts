import { apiRoute, json } from "@/server/http/api-route";
import { listNotifications } from "@/server/notifications/list-notifications";

export const GET = apiRoute(async (request, { actor }) =>
  json(await listNotifications(Object.fromEntries(new URL(request.url).searchParams), actor)),
);
