import { approveClaim } from "@/server/review/approve-claim";
import { apiRoute, json } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ claim: await approveClaim(params.id, actor) }),
);
