// Floor for POST /api/articles/:id/claims: the same INSERT as bare-server.ts, inside Next.
import { insertClaim } from "../../../insert-claim";
import { benchUserId, pool } from "../../../pool";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [status, body] = await insertClaim(pool, (await params).id, await request.text(), benchUserId());
  return Response.json(body, { status });
}
