// (h) Live updates across two instances behind nginx (e2e/two-instances/cluster.ts): 50 clients
// subscribed to the article's event stream on instance A while a writer creates claims through
// instance B, so every event crosses PostgreSQL LISTEN/NOTIFY. Then 500 streams open on
// instance A: its memory per open stream, and whether all 500 stay open and deliver.
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
  bytesPerStream: number | null;
}

export async function startLiveCluster(appDir: string, databaseUrl: string): Promise<Cluster> {
  const [a, b, proxy] = [await freePort(), await freePort(), await freePort()];
  return startCluster({ appDir, databaseUrl, ports: { a, b, proxy } });
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

  // Memory: RSS of instance A before and with 500 open streams. A first round of 500, opened and
  // closed, grows the heap to what handling 500 requests needs, so the figure is what open streams
  // hold, not the garbage of accepting them.
  for (const s of await openReady(streamUrl, session, LIVE.streams)) s.close();
  await sleep(2000);
  const rssBefore = processTreeRss(cluster.a.child.pid!).totalBytes;
  const streams = await openReady(streamUrl, session, LIVE.streams);
  await sleep(2000);
  const rssWith = processTreeRss(cluster.a.child.pid!).totalBytes;
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
    bytesPerStream: streams.length ? Math.round((rssWith - rssBefore) / streams.length) : null,
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
