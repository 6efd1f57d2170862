// (e) Each export format of the big article (10,000 words, 500 claims), timed through the real
// route: GET /api/articles/:id/export, which loads the article and renders it. Median of 3.
import type { Session } from "./session";

export const EXPORT_FORMATS = ["html", "pdf", "docx", "md", "annotations", "claimreview", "csv"] as const;

export interface ExportTiming {
  format: (typeof EXPORT_FORMATS)[number];
  medianMs: number;
  runsMs: number[];
  bytes: number;
}

export async function timeExports(baseUrl: string, articleId: string, session: Session): Promise<ExportTiming[]> {
  const timings: ExportTiming[] = [];
  for (const format of EXPORT_FORMATS) {
    const runsMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/articles/${articleId}/export?format=${format}&scope=all`, {
        headers: { cookie: session.cookieHeader },
      });
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok)
        throw new Error(`export ${format} answered ${response.status}: ${body.toString("utf8").slice(0, 200)}`);
      runsMs.push(Math.round(performance.now() - started));
      bytes = body.byteLength;
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    timings.push({ format, medianMs: sorted[1]!, runsMs, bytes });
  }
  return timings;
}
