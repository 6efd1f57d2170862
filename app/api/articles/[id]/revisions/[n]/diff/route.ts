import { diffRevisions } from "@/server/articles/revisions/diff-revisions";
import { apiRoute, json } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string; n: string }>(async (request, { actor, params }) => {
  const n = Number(params.n);
  const against = Number(new URL(request.url).searchParams.get("against") ?? n - 1);
  return json({ diff: await diffRevisions(params.id, n, against, actor) });
});
