import { createRevision } from "@/server/articles/revisions/create-revision";
import { listRevisions } from "@/server/articles/revisions/list-revisions";
import { ARTICLE_BODY_LIMIT_BYTES } from "@/server/articles/schemas";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

// As for new articles: JSON escaping can grow a 2 MB body up to six-fold.
const REQUEST_LIMIT = ARTICLE_BODY_LIMIT_BYTES * 6 + 64 * 1024;

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ revisions: await listRevisions(params.id, actor) }),
);

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) => {
  const dryRun = new URL(request.url).searchParams.get("dryRun") === "1";
  const {
    dryRun: _,
    report,
    ...result
  } = await createRevision(params.id, await readJson(request, REQUEST_LIMIT), actor, { dryRun });
  return json({ ...result, claims: report.claims, words: report.words }, dryRun ? 200 : 201);
});
