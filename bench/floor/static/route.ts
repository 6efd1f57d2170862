// Static floor for (b): the long article's HTML export (its 500 <mark>s, no scripts) served as
// it is by the same `next start`. The file is written after the build, when the export exists,
// so it cannot be in public/; startApp names it in BENCH_STATIC_HTML.
import { readFile } from "node:fs/promises";

// Read at request time: the file appears after the server starts.
export const dynamic = "force-dynamic";

export async function GET() {
  const file = process.env.BENCH_STATIC_HTML;
  if (!file) throw new Error("The static floor needs BENCH_STATIC_HTML");
  return new Response(await readFile(file), { headers: { "content-type": "text/html; charset=utf-8" } });
}
