import { addSource } from "@/server/sources/add-source";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ source: await addSource(params.id, await readJson(request), actor) }, 201),
);
