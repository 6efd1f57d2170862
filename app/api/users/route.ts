import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { createUser } from "@/server/users/create-user";
import { listUsers } from "@/server/users/list-users";

export const GET = apiRoute(async (_request, { actor }) => json({ users: await listUsers(actor) }));

export const POST = apiRoute(async (request, { actor }) =>
  json({ user: await createUser(await readJson(request), actor) }, 201),
);
