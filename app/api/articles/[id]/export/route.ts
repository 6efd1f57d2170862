import { exportArticle } from "@/server/export/export-article";
import { apiRoute } from "@/server/http/api-route";

export const GET = apiRoute<{ id: string }>(async (request, { actor, params }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const file = await exportArticle(params.id, query, actor);
  return new Response(new Uint8Array(Buffer.from(file.body)), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
