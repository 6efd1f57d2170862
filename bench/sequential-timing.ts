// Latency one request at a time, the way one person at the desk feels it: a short warm-up, then
// every request timed on its own; p50, p95 and the slowest, named, so a regression says what it was.
export interface RequestTiming {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  slowest: string;
}

export const WARMUP_REQUESTS = 10;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Times `run` over every item of `requests` (after warming up on the first few), one at a time. */
export async function timeSequentially(
  requests: string[],
  run: (request: string) => Promise<unknown>,
): Promise<RequestTiming> {
  for (const request of requests.slice(0, WARMUP_REQUESTS)) await run(request);
  const runs: { request: string; ms: number }[] = [];
  for (const request of requests) {
    const started = performance.now();
    await run(request);
    runs.push({ request, ms: performance.now() - started });
  }
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: runs.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(slowest.ms),
    slowest: slowest.request,
  };
}
