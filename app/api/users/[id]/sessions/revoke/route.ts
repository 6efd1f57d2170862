import { apiRoute, json } from "@/server/http/api-route";
import { signOutUserEverywhere } from "@/server/users/sign-out-everywhere";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ revoked: await signOutUserEverywhere(params.id, actor) }),
);
