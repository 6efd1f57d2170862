import { apiRoute, json } from "@/server/http/api-route";
import { listPeople } from "@/server/users/list-people";

export const GET = apiRoute(async (_request, { actor }) => json({ people: await listPeople(actor) }));
