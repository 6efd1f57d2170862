// `npm run bench`: builds the app in a scratch copy, runs it on a fresh database and measures
// (a) claim-creation throughput and latency against a bare http + pg baseline, (b) the time to
// paint 500 highlights, (c) the article page's JS weight, (d) server memory after (a), … (h) live
// updates across two instances behind nginx, (i) check-worthy suggestions and their evaluation,
// (j) search and "already fact-checked" matches over an archive of 100,000 claims.
// Prints each figure with PASS/FAIL and writes bench/results/latest.json. See bench/README.md.
import path from "node:path";
import type { Browser } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, SEED_ARTICLE_TITLE } from "@/prisma/seed/demo";
import { buildApp, startApp } from "./app-server";
import { LOAD, checkOneClaim, claimBody, loadClaims, startBareServer } from "./claim-load";
import { BIG_ARTICLE, createBenchDatabase, createBigArticle } from "./fixtures";
import { launchChromium, measureHighlightPaint, median, signedInContext, type PaintRun } from "./highlight-paint";
import { measurePageWeight } from "./page-weight";
import { timeExports } from "./export-timing";
import { benchReanchor, REANCHOR_BENCH } from "./reanchor";
import { timeRevisionPost, timeUrlImport } from "./revision-timing";
import { timeStall } from "./stall-timing";
import { processTreeRss } from "./processes";
import { LIVE, benchLiveDelivery, startLiveCluster } from "./live-delivery";
import { benchCheckworthy, checkworthyLines, CHECKWORTHY_BENCH } from "./checkworthy-timing";
import { seedArchive } from "@/prisma/seed/archive/archive-data";
import { timeSearches } from "./search-timing";
import { MATCH_BENCH, timeMatches } from "./match-timing";
import {
  MB,
  gitHead,
  kB,
  machine,
  printLoad,
  printPageWeight,
  printPaintRun,
  printTargets,
  target,
  writeResults,
} from "./report";
import { getJson, signIn } from "./session";

const PAINT_RUNS = 3;
const QUOTE = "did not have communications with the Russians";
const cleanups: (() => Promise<unknown>)[] = [];
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  process.chdir(path.resolve(__dirname, "..")); // the seed reads prisma/seed/seed-article.txt
  const startedAt = new Date();
  const host = machine();
  log(`Fact-check desk bench — ${startedAt.toISOString()}`);
  log(`Machine: ${host.nproc} CPUs (${host.cpuModel}), ${host.memoryGiB} GiB, Node ${host.node}`);

  const build = await buildApp(log);
  const database = await createBenchDatabase();
  cleanups.push(() => database.drop());
  log(`Database ${database.name} created and seeded.`);
  const big = await createBigArticle(database.url);
  log(
    `Long article: ${BIG_ARTICLE.words} words, ${big.claimIds.length} claims (${big.overlapping} overlap the one before).`,
  );

  const app = await startApp(database.url);
  cleanups.push(() => app.stop());
  log(`next start on ${app.url} (pid ${app.child.pid}).`);
  const session = await signIn(app.url, DEMO_USERS[0].email, DEMO_PASSWORD);
  const { articles } = await getJson<{ articles: { id: string; title: string }[] }>(app.url, "/api/articles", session);
  const seedId = articles.find((a) => a.title === SEED_ARTICLE_TITLE)?.id;
  if (!seedId) throw new Error("The seed article is not in GET /api/articles");
  const { article } = await getJson<{ article: { contentText: string } }>(app.url, `/api/articles/${seedId}`, session);
  const body = claimBody(article.contentText, QUOTE);

  // (a) and (d): the app under load, then its memory; then the bare baseline.
  log(
    `\n(a) POST /api/articles/:id/claims, ${LOAD.connections} connections × ${LOAD.seconds} s (after ${LOAD.warmupSeconds} s warm-up)`,
  );
  await checkOneClaim(app.url, seedId, body, session.cookieHeader);
  const rssIdle = processTreeRss(app.child.pid!);
  const appLoad = await loadClaims(app, seedId, body, session.cookieHeader);
  const rssAfter = processTreeRss(app.child.pid!);
  printLoad("app ", appLoad);
  const bare = await startBareServer(database.url, big.checkerId);
  cleanups.push(() => bare.stop());
  await checkOneClaim(bare.url, seedId, body);
  const bareLoad = await loadClaims(bare, seedId, body);
  await bare.stop();
  printLoad("bare", bareLoad);
  const ratio = bareLoad.requestsPerSecond > 0 ? appLoad.requestsPerSecond / bareLoad.requestsPerSecond : null;
  log(`  app req/s ÷ bare req/s = ${ratio?.toFixed(2) ?? "—"}`);
  log(
    `\n(d) next start process tree RSS: ${MB(rssIdle.totalBytes)} MB idle before (a), ${MB(rssAfter.totalBytes)} MB after`,
  );
  for (const p of rssAfter.processes) log(`  pid ${p.pid} ${p.name}: ${MB(p.rssBytes)} MB`);

  // (b) and (c) in Chromium, signed in with the same session cookies.
  const browser: Browser = await launchChromium();
  cleanups.push(() => browser.close());
  const pageUrl = `${app.url}/articles/${big.articleId}`;
  log(`\n(b) ${big.claimIds.length} highlights painted, ${PAINT_RUNS} runs, fresh browser context each`);
  const runs: PaintRun[] = [];
  for (let i = 0; i < PAINT_RUNS; i++) {
    const context = await signedInContext(browser, app.url, session);
    runs.push(await measureHighlightPaint(context, pageUrl, big.claimIds.length));
    await context.close();
    printPaintRun(i + 1, runs[i]!, big.claimIds.length);
  }
  const painted = runs.map((r) => r.paintedMs);
  const paintMedian = painted.every((ms) => ms !== null) ? median(painted as number[]) : null;
  const firstBytes = runs.map((r) => r.milestones.firstByte ?? null);
  const firstByteMedian = firstBytes.every((ms) => ms !== null) ? median(firstBytes as number[]) : null;

  log(`\n(c) JavaScript loaded by /articles/:id`);
  const weightContext = await signedInContext(browser, app.url, session);
  const weight = await measurePageWeight(weightContext, pageUrl);
  await weightContext.close();
  printPageWeight(weight, big.claimIds.length);

  log(
    `\n(e) Exports of the ${BIG_ARTICLE.words.toLocaleString("en")}-word article with ${big.claimIds.length} claims (GET …/export, scope=all; median of 3)`,
  );
  const exportsTimed = await timeExports(app.url, big.articleId, session);
  for (const t of exportsTimed)
    log(
      `  ${t.format.padEnd(12)} ${String(t.medianMs).padStart(6)} ms  (runs ${t.runsMs.join(" / ")} ms, ${(t.bytes / 1024).toFixed(0)} kB)`,
    );

  log(
    `\n(f) Revisions: re-anchor ${REANCHOR_BENCH.claims} claims on ${REANCHOR_BENCH.words.toLocaleString("en")} words after ${REANCHOR_BENCH.edits} edits (in process, p50 of ${REANCHOR_BENCH.runs})`,
  );
  const reanchor = benchReanchor();
  log(
    `  reanchorClaims p50 ${reanchor.p50Ms} ms (runs ${reanchor.runsMs.join(" / ")} ms) ${JSON.stringify(reanchor.counts)}`,
  );
  const bigText = (
    await getJson<{ article: { contentText: string } }>(app.url, `/api/articles/${big.articleId}`, session)
  ).article.contentText;
  const revisionPost = await timeRevisionPost(app.url, big.articleId, bigText, session);
  log(
    `  POST …/revisions on the long article: median ${revisionPost.medianMs} ms (runs ${revisionPost.runsMs.join(" / ")} ms) ${revisionPost.detail}`,
  );
  const urlImport = await timeUrlImport(app.url, session);
  log(
    `  POST /api/articles from a URL (${urlImport.detail}): median ${urlImport.medianMs} ms (runs ${urlImport.runsMs.join(" / ")} ms)`,
  );

  log(`\n(g) The worst article bodies posted at once while /api/health is probed back to back`);
  const stall = await timeStall(app.url, session);
  for (const p of stall.posts) log(`  ${p.name.padEnd(40)} ${p.status}  ${String(p.ms).padStart(6)} ms`);
  log(`  /api/health: ${stall.probes} probes, p99 ${stall.healthP99Ms} ms, max ${stall.healthMaxMs} ms`);

  log(
    `\n(h) Live updates: two instances behind nginx; ${LIVE.subscribers} streams on A, ${LIVE.claims} claims written through B; then ${LIVE.streams} streams on A`,
  );
  const cluster = await startLiveCluster(build.dir, database.url);
  cleanups.push(() => cluster.stop());
  const live = await benchLiveDelivery(cluster, seedId, body, { email: DEMO_USERS[0].email, password: DEMO_PASSWORD });
  await cluster.stop();
  log(
    `  delivery latency p50 ${live.latencyP50Ms} ms, p95 ${live.latencyP95Ms} ms (${live.deliveries} of ${live.expectedDeliveries} deliveries)`,
  );
  log(
    `  ${LIVE.streams} streams: ${live.streamsOpen} open, ${live.streamsDelivered} delivered; instance A live memory (heap + external, after GC) ${MB(live.liveBeforeBytes)} → ${MB(live.liveWithStreamsBytes)} MB, ${live.bytesPerStream === null ? "—" : kB(live.bytesPerStream)} kB per stream (RSS ${MB(live.rssBeforeBytes)} → ${MB(live.rssWithStreamsBytes)} MB)`,
  );
  const streamsWorking = Math.min(live.streamsOpen, live.streamsDelivered);

  // Last, because it grows the database a hundredfold: every case above runs on the small one.
  log(`\n(j) Finding what was checked before: an archive of 100,000 claims over 5,000 articles`);
  const seedStarted = performance.now();
  const archive = await seedArchive(database.url);
  log(`  archive written in ${Math.round((performance.now() - seedStarted) / 1000)} s`);
  const search = await timeSearches(app.url, session);
  log(
    `  search: ${search.searches} searches (GET /api/search, one at a time): p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms, max ${search.maxMs} ms (slowest: ${search.slowest})`,
  );
  const matchTiming = await timeMatches(app.url, session, database.url, archive.claimIds);
  log(
    `  matches for a new claim (GET /api/claims/:id/matches): p50 ${matchTiming.p50Ms} ms, p95 ${matchTiming.p95Ms} ms, max ${matchTiming.maxMs} ms (${matchTiming.runs} claims; strong ${matchTiming.tiers.strong}, possible only ${matchTiming.tiers.possible}, none ${matchTiming.tiers.none})`,
  );

  log(`\n(i) Check-worthy sentence suggestions (pure scorer, no server) and their evaluation set`);
  const checkworthy = benchCheckworthy();
  for (const line of checkworthyLines(checkworthy)) log(line);

  const targets = [
    target("a.ratio", "(a) app req/s ÷ bare http+pg req/s", ratio, "", ">=", 0.5),
    target("a.p99", "(a) app p99 latency, POST claim", appLoad.latencyP99Ms, "ms", "<=", 100),
    target("b.paint", `(b) ${big.claimIds.length} highlights painted, median`, paintMedian, "ms", "<=", 1500),
    target("b.firstByte", "(b) article page first byte, median", firstByteMedian, "ms", "<=", 150),
    target("c.js", "(c) article page JS, gzip", kB(weight.jsGzipBytes), "kB", "<=", 300),
    target("c.document", "(c) article page document, raw", kB(weight.documentRawBytes), "kB", "<=", 300),
    target("d.rss", "(d) next start RSS after (a)", MB(rssAfter.totalBytes), "MB", "<=", 400),
    ...exportsTimed.map((t) => target(`e.${t.format}`, `(e) export ${t.format}, median`, t.medianMs, "ms", "<=", 2000)),
    target(
      "f.reanchor",
      "(f) re-anchor 500 claims, server time p50",
      reanchor.p50Ms,
      "ms",
      "<=",
      REANCHOR_BENCH.targetMs,
    ),
    target("f.urlImport", "(f) URL import of a 1 MB page, median", urlImport.medianMs, "ms", "<=", 1000),
    target("g.healthP99", "(g) /api/health p99 while the worst bodies parse", stall.healthP99Ms, "ms", "<=", 200),
    target("h.p95", "(h) live event B → A, p95", live.latencyP95Ms, "ms", "<=", 500),
    target(
      "h.delivered",
      "(h) live events delivered (50 clients × 30)",
      live.deliveries,
      "",
      ">=",
      live.expectedDeliveries,
    ),
    target(
      "h.perStream",
      "(h) instance live memory per open stream",
      live.bytesPerStream === null ? null : kB(live.bytesPerStream),
      "kB",
      "<=",
      50,
    ),
    target("h.streams", `(h) of ${LIVE.streams} streams, open and delivering`, streamsWorking, "", ">=", LIVE.streams),
    target(
      "i.suggest",
      `(i) suggestions for a ${CHECKWORTHY_BENCH.words.toLocaleString("en")}-word article, p50`,
      checkworthy.p50Ms,
      "ms",
      "<=",
      CHECKWORTHY_BENCH.targetMs,
    ),
    target(
      "i.precision",
      "(i) check-worthy precision at top 20%",
      checkworthy.evaluation.overall.precision,
      "",
      ">=",
      0.9,
    ),
    target("i.recall", "(i) check-worthy recall at top 20%", checkworthy.evaluation.overall.recall, "", ">=", 0.35),
    target("j.searchP95", "(j) search p95, 100,000 claims", search.p95Ms, "ms", "<=", 100),
    target("j.matchesP95", "(j) matches for a new claim, p95", matchTiming.p95Ms, "ms", "<=", MATCH_BENCH.targetMs),
  ];
  printTargets(targets);
  const file = writeResults({
    timestamp: startedAt.toISOString(),
    machine: host,
    build: { ...build, gitHead: gitHead() },
    claimLoad: { connections: LOAD.connections, seconds: LOAD.seconds, app: appLoad, bare: bareLoad, ratio },
    highlightPaint: {
      claims: big.claimIds.length,
      words: BIG_ARTICLE.words,
      overlapping: big.overlapping,
      medianMs: paintMedian,
      runs,
    },
    pageWeight: weight,
    exports: exportsTimed,
    revisions: { reanchor, revisionPost, urlImport },
    stall,
    live: { ...LIVE, ...live },
    checkworthy,
    archive: { articles: archive.articleIds.length, claims: archive.claimIds.length, search, matches: matchTiming },
    serverRss: { idleBytes: rssIdle.totalBytes, afterLoadBytes: rssAfter.totalBytes, processes: rssAfter.processes },
    targets,
  });
  log(`\nWrote ${path.relative(process.cwd(), file)}`);
  return targets.every((t) => t.pass) ? 0 : 1;
}

let cleaning: Promise<void> | undefined;
/**
 * Stops servers and the browser and drops the database, newest first, whatever happened. Runs
 * once: a second signal (npm and tsx relay SIGINT and SIGTERM) waits for the same clean-up.
 */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => console.error("Clean-up step failed:", error));
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (!cleaning) console.error(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error("\nBench failed:", error);
    await cleanUp();
    process.exit(2);
  });
