import { getRevision } from "@/server/articles/revisions/list-revisions";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string; n: string }>(async (_request, { actor, params }) =>
  json({ revision: await getRevision(params.id, Number(params.n), actor) }),
);
