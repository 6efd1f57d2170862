import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { updateUser } from "@/server/users/update-user";

export const PATCH = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ user: await updateUser(params.id, await readJson(request), actor) }),
);
