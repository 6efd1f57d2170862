// Floor for GET /api/articles/:id (and the article page): the app's SELECTs, no session.
import { pool } from "../../pool";
import { readArticleRaw } from "../../read-article";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const article = await readArticleRaw(pool, (await params).id);
  return article ? Response.json({ article }) : Response.json({ error: { code: "NOT_FOUND" } }, { status: 404 });
}
