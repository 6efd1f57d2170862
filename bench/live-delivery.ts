// (h) Live updates across two instances behind nginx (e2e/two-instances/cluster.ts): 50 clients
// subscribed to the article's event stream on instance A while a writer creates claims through
// instance B, so every event crosses PostgreSQL LISTEN/NOTIFY. Then 500 streams open on
// instance A: its memory per open stream, and whether all 500 stay open and deliver.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startCluster, type Cluster } from "@/e2e/two-instances/cluster";
import { openEventStream, type EventStreamReader } from "@/e2e/two-instances/event-stream";
import { freePort, processTreeRss, sleep } from "./processes";
import type { Session } from "./session";
import { signIn } from "./session";

export const LIVE = { subscribers: 50, claims: 30, streams: 500 };

export interface LiveFigures {
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  deliveries: number;
  expectedDeliveries: number;
  streamsOpen: number;
  streamsDelivered: number;
  rssBeforeBytes: number;
  rssWithStreamsBytes: number;
  /** Live memory (JS heap + external, after garbage collection) before and with the streams. */
  liveBeforeBytes: number;
  liveWithStreamsBytes: number;
  bytesPerStream: number | null;
}

// Where instance A's memory probe (bench/memory-probe.mjs) writes what it measured.
const probeDir = mkdtempSync(path.join(tmpdir(), "factdesk-memory-"));

export async function startLiveCluster(appDir: string, databaseUrl: string): Promise<Cluster> {
  const [a, b, proxy] = [await freePort(), await freePort(), await freePort()];
  const probe = pathToFileURL(path.join(process.cwd(), "bench", "memory-probe.mjs")).href;
  return startCluster({
    appDir,
    databaseUrl,
    ports: { a, b, proxy },
    env: { NODE_OPTIONS: `--expose-gc --import ${probe}`, BENCH_MEMORY_PROBE_DIR: probeDir },
  });
}

/** Instance A's live memory after collecting garbage in each of its processes, in bytes. */
async function liveMemory(rootPid: number): Promise<number> {
  const pids = processTreeRss(rootPid)
    .processes.map((p) => p.pid)
    .filter((pid) => existsSync(path.join(probeDir, `${pid}.ready`)));
  if (pids.length === 0) return 0;
  const asked = Date.now();
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  let total = 0;
  for (const pid of pids) {
    const file = path.join(probeDir, `${pid}.json`);
    for (let waited = 0; ; waited += 100) {
      const reading = readProbe(file);
      if (reading && reading.at >= asked) {
        total += reading.heapUsed + reading.external;
        break;
      }
      if (waited > 10_000) throw new Error(`The memory probe in process ${pid} did not answer`);
      await sleep(100);
    }
  }
  return total;
}

function readProbe(file: string): { heapUsed: number; external: number; at: number } | null {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

export async function benchLiveDelivery(
  cluster: Cluster,
  articleId: string,
  claimBody: string,
  credentials: { email: string; password: string },
): Promise<LiveFigures> {
  // Both instances share NEXTAUTH_SECRET and the database, so one session works on either.
  const session = await signIn(cluster.a.url, credentials.email, credentials.password);
  const streamUrl = `${cluster.a.url}/api/articles/${articleId}/events`;
  const writeThroughB = async () => {
    const response = await fetch(`${cluster.b.url}/api/articles/${articleId}/claims`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: cluster.b.url, Cookie: session.cookieHeader },
      body: claimBody,
    });
    if (response.status !== 201) throw new Error(`POST claims on B: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { claim: { id: string } }).claim.id;
  };

  // Latency: from sending the POST to B until the event arrives on A, per subscriber and claim.
  const subscribers = await openReady(streamUrl, session, LIVE.subscribers);
  await writeThroughB(); // warm-up: the route code and the listener's first notification
  await Promise.all(subscribers.map((s) => s.next((e) => e.event === "claim.created", 10_000)));
  const latencies: number[] = [];
  for (let i = 0; i < LIVE.claims; i++) {
    const sentAt = performance.now();
    const claimId = await writeThroughB();
    const arrivals = await Promise.allSettled(
      subscribers.map((s) => s.next((e) => e.event === "claim.created" && e.data.includes(claimId), 10_000)),
    );
    for (const a of arrivals) if (a.status === "fulfilled") latencies.push(a.value.receivedAt - sentAt);
  }
  for (const s of subscribers) s.close();

  // Memory: instance A before and with 500 open streams, measured as live memory after garbage
  // collection (RSS is printed too, but it swings with the garbage the last requests left). A
  // first round of 500, opened and closed, warms every code path, so the figure is what open
  // streams hold, not one-off compilation or caches.
  const pid = cluster.a.child.pid!;
  for (const s of await openReady(streamUrl, session, LIVE.streams)) s.close();
  await sleep(2000);
  const rssBefore = processTreeRss(pid).totalBytes;
  const liveBefore = await liveMemory(pid);
  const streams = await openReady(streamUrl, session, LIVE.streams);
  await sleep(2000);
  const rssWith = processTreeRss(pid).totalBytes;
  const liveWith = await liveMemory(pid);
  const claimId = await writeThroughB();
  const delivered = await Promise.allSettled(
    streams.map((s) => s.next((e) => e.event === "claim.created" && e.data.includes(claimId), 30_000)),
  );
  let open = 0;
  await Promise.all(
    streams.map(async (s) => {
      const ended = await Promise.race([
        s.ended.then(
          () => true,
          () => true,
        ),
        sleep(100).then(() => false),
      ]);
      if (!ended) open++;
    }),
  );
  for (const s of streams) s.close();

  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!) : null;
  return {
    latencyP50Ms: at(0.5),
    latencyP95Ms: at(0.95),
    deliveries: latencies.length,
    expectedDeliveries: LIVE.subscribers * LIVE.claims,
    streamsOpen: open,
    streamsDelivered: delivered.filter((d) => d.status === "fulfilled").length,
    rssBeforeBytes: rssBefore,
    rssWithStreamsBytes: rssWith,
    liveBeforeBytes: liveBefore,
    liveWithStreamsBytes: liveWith,
    bytesPerStream: streams.length && liveBefore > 0 ? Math.round((liveWith - liveBefore) / streams.length) : null,
  };
}

/** `count` streams, each past its `ready` event; opened in batches so the server is not stampeded. */
async function openReady(url: string, session: Session, count: number): Promise<EventStreamReader[]> {
  const readers: EventStreamReader[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () => openEventStream(url, { cookie: session.cookieHeader })),
    );
    await Promise.all(batch.map((r) => r.next((e) => e.event === "ready", 30_000)));
    readers.push(...batch);
  }
  return readers;
}
