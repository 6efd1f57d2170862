import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { leavePresence } from "@/server/presence/leave-presence";
import { listPresence } from "@/server/presence/read-presence";
import { updatePresence } from "@/server/presence/update-presence";

// Who is on the article and which claim each has open (docs/api.md, "Presence").
export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ presence: await listPresence(params.id, actor) }),
);

export const PUT = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ presence: await updatePresence(params.id, await readJson(request), actor) }),
);

export const DELETE = apiRoute<{ id: string }>(async (request, { actor, params }) => {
  await leavePresence(params.id, await readJson(request), actor);
  return new Response(null, { status: 204 });
});
