import { env } from "@/server/env";
import { apiRoute, json } from "@/server/http/api-route";
import { issuePasswordReset } from "@/server/users/issue-password-reset";

export const POST = apiRoute<{ id: string }>(async (request, { actor, params }) =>
  json(await issuePasswordReset(params.id, actor, env().NEXTAUTH_URL ?? new URL(request.url).origin), 201),
);
