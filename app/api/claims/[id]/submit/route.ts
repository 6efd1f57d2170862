import { submitClaim } from "@/server/review/submit-claim";
import { apiRoute, json } from "@/server/http/api-route";

export const POST = apiRoute<{ id: string }>(async (_request, { actor, params }) =>
  json({ claim: await submitClaim(params.id, actor) }),
);
