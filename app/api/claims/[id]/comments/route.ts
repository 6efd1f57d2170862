import { addComment } from "@/server/comments/add-comment";
import { listComments } from "@/server/comments/list-comments";
import { apiRoute, json } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const GET = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ comments: await listComments(params.id, actor) }),
);

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json({ comment: await addComment(params.id, await readJson(request), actor) }, 201),
);
