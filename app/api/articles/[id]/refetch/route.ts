import { refetchArticle } from "@/server/articles/revisions/refetch-article";
import { apiRoute, json } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) => {
  const result = await refetchArticle(params.id, actor);
  if (!result.changed) return json(result);
  const { report, ...rest } = result;
  return json({ ...rest, claims: report.claims, words: report.words }, 201);
});
