// `npm run bench`: builds the app in a scratch copy, runs it on a fresh database and measures
// (a) claim-creation throughput and latency against a Next route handler doing the same INSERT
// (the framework floor) and a bare http + pg baseline, the long article's reads against the
// floor's, the same claim load on the embedded database, (b) the time to paint 500 highlights
// beside the same marks as static HTML, (c) the article page's JS weight, (d) server memory after (a), … (h) live
// updates across two instances behind nginx, (i) check-worthy suggestions and their evaluation,
// (j) search and "already fact-checked" matches over an archive of 100,000 claims.
// Prints each figure with PASS/FAIL and writes bench/results/latest.json. See bench/README.md.
import path from "node:path";
import type { Browser } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo";
import { buildApp, startApp, startEmbeddedApp } from "./app-server";
import {
  LOAD,
  checkOneClaim,
  claimsPath,
  floorClaimsPath,
  loadClaims,
  seedArticleClaim,
  startBareServer,
  throughputRatio,
} from "./claim-load";
import { loadEmbeddedClaims } from "./embedded-load";
import { BIG_ARTICLE, createBenchDatabase, createBigArticle } from "./fixtures";
import { launchChromium, measurePaintRuns, median, paintedMedian, signedInContext } from "./highlight-paint";
import { READ_LOAD, loadReads } from "./read-load";
import { STATIC_FLOOR_ROUTE, STATIC_MARK_ATTRIBUTE, writeStaticFloor } from "./static-floor";
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
import { SCALE, scaleDatabase } from "./scale-fixture";
import { SCALE_BENCH, SCALE_LIST_LABELS, timeScaleLists, type ScaleList } from "./scale-timing";
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

  const app = await startApp(database.url, big.checkerId);
  cleanups.push(() => app.stop());
  log(`next start on ${app.url} (pid ${app.child.pid}).`);
  const session = await signIn(app.url, DEMO_USERS[0].email, DEMO_PASSWORD);
  const { seedId, body } = await seedArticleClaim(app.url, session, QUOTE);

  // (a) and (d): the app under load, then its memory; then the bare baseline and the framework floor.
  log(
    `\n(a) POST /api/articles/:id/claims, ${LOAD.connections} connections × ${LOAD.seconds} s (after ${LOAD.warmupSeconds} s warm-up)`,
  );
  await checkOneClaim(app.url, claimsPath(seedId), body, session.cookieHeader);
  const rssIdle = processTreeRss(app.child.pid!);
  const appLoad = await loadClaims(app, claimsPath(seedId), body, { cookie: session.cookieHeader });
  const rssAfter = processTreeRss(app.child.pid!);
  printLoad("app  ", appLoad);
  const bare = await startBareServer(database.url, big.checkerId);
  cleanups.push(() => bare.stop());
  await checkOneClaim(bare.url, claimsPath(seedId), body);
  const bareLoad = await loadClaims(bare, claimsPath(seedId), body);
  await bare.stop();
  printLoad("bare ", bareLoad);
  await checkOneClaim(app.url, floorClaimsPath(seedId), body);
  const floorLoad = await loadClaims(app, floorClaimsPath(seedId), body);
  printLoad("floor", floorLoad);
  const ratio = throughputRatio(appLoad, bareLoad);
  const floorRatio = throughputRatio(appLoad, floorLoad);
  log(
    `  app req/s ÷ bare req/s = ${ratio?.toFixed(2) ?? "—"}; app req/s ÷ framework floor req/s = ${floorRatio?.toFixed(2) ?? "—"}`,
  );

  log(
    `\n(a) Reads of the long article (${big.claimIds.length} claims), ${READ_LOAD.connections} connections × ${READ_LOAD.seconds} s (after ${READ_LOAD.warmupSeconds} s warm-up)`,
  );
  const reads = await loadReads(app, big.articleId, session.cookieHeader);
  printLoad("GET /api/articles/:id    ", reads.articleApi);
  printLoad("GET /articles/:id (page) ", reads.articlePage);
  printLoad("floor GET                ", reads.floor);
  log(
    `  API req/s ÷ floor req/s = ${reads.articleRatio?.toFixed(2) ?? "—"}; page req/s ÷ floor req/s = ${reads.pageRatio?.toFixed(2) ?? "—"}`,
  );
  log(
    `\n(d) next start process tree RSS: ${MB(rssIdle.totalBytes)} MB idle before (a), ${MB(rssAfter.totalBytes)} MB after`,
  );
  for (const p of rssAfter.processes) log(`  pid ${p.pid} ${p.name}: ${MB(p.rssBytes)} MB`);

  log(`\n(a) On the embedded database (PGlite, fresh data directory, demo seed), for information`);
  const embeddedApp = await startEmbeddedApp();
  cleanups.push(() => embeddedApp.stop());
  const embedded = await loadEmbeddedClaims(embeddedApp, QUOTE);
  await embeddedApp.stop();
  printLoad(`${LOAD.connections} connections`, embedded.tenConnections);
  printLoad("1 connection  ", embedded.oneUser);

  // (b) and (c) in Chromium, signed in with the same session cookies.
  const browser: Browser = await launchChromium();
  cleanups.push(() => browser.close());
  const pageUrl = `${app.url}/articles/${big.articleId}`;
  log(`\n(b) ${big.claimIds.length} highlights painted, ${PAINT_RUNS} runs, fresh browser context each`);
  const runs = await measurePaintRuns(browser, session, pageUrl, {
    claims: big.claimIds.length,
    runs: PAINT_RUNS,
    onRun: (run, n) => printPaintRun(n, run, big.claimIds.length),
  });
  const paintMedian = paintedMedian(runs);
  const staticFloor = await writeStaticFloor(app.url, big.articleId, session, big.claimIds.length);
  log(
    `  static floor: the HTML export with the same ${big.claimIds.length} claims marked (${kB(staticFloor.bytes)} kB)`,
  );
  const staticRuns = await measurePaintRuns(browser, session, app.url + STATIC_FLOOR_ROUTE, {
    claims: big.claimIds.length,
    runs: PAINT_RUNS,
    markAttribute: STATIC_MARK_ATTRIBUTE,
    onRun: (run, n) => printPaintRun(n, run, big.claimIds.length),
  });
  const staticMedian = paintedMedian(staticRuns);
  const staticRatio = paintMedian !== null && staticMedian ? paintMedian / staticMedian : null;
  log(`  painted ÷ static = ${staticRatio?.toFixed(2) ?? "—"} (${paintMedian ?? "—"} ms ÷ ${staticMedian ?? "—"} ms)`);
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
    `  search: ${search.requests} searches (GET /api/search, one at a time): p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms, max ${search.maxMs} ms (slowest: ${search.slowest})`,
  );
  const matchTiming = await timeMatches(app.url, session, database.url, archive.claimIds);
  log(
    `  matches for a new claim (GET /api/claims/:id/matches): p50 ${matchTiming.p50Ms} ms, p95 ${matchTiming.p95Ms} ms, max ${matchTiming.maxMs} ms (${matchTiming.runs} claims; strong ${matchTiming.tiers.strong}, possible only ${matchTiming.tiers.possible}, none ${matchTiming.tiers.none})`,
  );

  log(`\n(i) Check-worthy sentence suggestions (pure scorer, no server) and their evaluation set`);
  const checkworthy = benchCheckworthy();
  for (const line of checkworthyLines(checkworthy)) log(line);

  log(
    `\n(k) The lists at newsroom scale: ${SCALE.articles.toLocaleString("en")} articles, ${SCALE.claims.toLocaleString("en")} claims with history; ${SCALE_BENCH.requestsPerList} requests per list, one at a time`,
  );
  await app.stop();
  const scale = await scaleDatabase(log);
  log(
    scale.reused
      ? `  reusing ${scale.name} (written in ${scale.loadSeconds} s on ${scale.loadedAt}; BENCH_SCALE_FRESH=1 writes it again)`
      : `  ${scale.name} written in ${scale.loadSeconds} s`,
  );
  const scaleApp = await startApp(scale.url);
  cleanups.push(() => scaleApp.stop());
  const editorUser = DEMO_USERS.find((user) => user.role === "EDITOR")!;
  const scaleSession = await signIn(scaleApp.url, editorUser.email, DEMO_PASSWORD);
  const scaleTimings = await timeScaleLists(scaleApp.url, scaleSession, scale.url);
  await scaleApp.stop();
  for (const [list, timing] of Object.entries(scaleTimings) as [ScaleList, (typeof scaleTimings)[ScaleList]][])
    log(
      `  ${SCALE_LIST_LABELS[list].padEnd(52)} p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms, max ${timing.maxMs} ms (slowest: ${timing.slowest})`,
    );

  const targets = [
    target("a.ratio", "(a) app req/s ÷ bare http+pg req/s", ratio, "", ">=", 0.5),
    target("a.floorRatio", "(a) app req/s ÷ framework floor req/s", floorRatio, "", ">=", 0.6),
    target("a.cpu", "(a) app server CPU per POST claim", appLoad.serverCpuMsPerRequest, "ms", "<=", 2),
    target("a.p99", "(a) app p99 latency, POST claim", appLoad.latencyP99Ms, "ms", "<=", 50),
    target("read.articleRatio", "(a) GET article (500 claims) ÷ floor req/s", reads.articleRatio, "", ">=", 0.6),
    target("read.pageRatio", "(a) article page (500 claims) ÷ floor req/s", reads.pageRatio, "", ">=", 0.6),
    target("pglite.p99", "(a) PGlite p99, POST claim, one user", embedded.oneUser.latencyP99Ms, "ms", "<=", 100),
    target("b.paint", `(b) ${big.claimIds.length} highlights painted, median`, paintMedian, "ms", "<=", 1500),
    target("b.static", "(b) painted ÷ static HTML with the same marks", staticRatio, "", "<=", 1.5),
    target("b.firstByte", "(b) article page first byte, median", firstByteMedian, "ms", "<=", 150),
    target("c.js", "(c) article page JS, gzip", kB(weight.jsGzipBytes), "kB", "<=", 300),
    target("c.document", "(c) article page document, raw", kB(weight.documentRawBytes), "kB", "<=", 300),
    target("d.rss", "(d) next start RSS after (a)", MB(rssAfter.totalBytes), "MB", "<=", 300),
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
    ...(Object.entries(scaleTimings) as [ScaleList, (typeof scaleTimings)[ScaleList]][]).map(([list, timing]) =>
      target(`k.${list}`, `(k) ${SCALE_LIST_LABELS[list]}, p95`, timing.p95Ms, "ms", "<=", SCALE_BENCH.targetMs),
    ),
  ];
  printTargets(targets);
  const file = writeResults({
    timestamp: startedAt.toISOString(),
    machine: host,
    build: { ...build, gitHead: gitHead() },
    claimLoad: {
      connections: LOAD.connections,
      seconds: LOAD.seconds,
      app: appLoad,
      bare: bareLoad,
      floor: floorLoad,
      ratio,
      floorRatio,
    },
    readLoad: { connections: READ_LOAD.connections, seconds: READ_LOAD.seconds, ...reads },
    embeddedClaimLoad: { seconds: LOAD.seconds, ...embedded },
    highlightPaint: {
      claims: big.claimIds.length,
      words: BIG_ARTICLE.words,
      overlapping: big.overlapping,
      medianMs: paintMedian,
      runs,
      staticFloor: { bytes: staticFloor.bytes, medianMs: staticMedian, ratio: staticRatio, runs: staticRuns },
    },
    pageWeight: weight,
    exports: exportsTimed,
    revisions: { reanchor, revisionPost, urlImport },
    stall,
    live: { ...LIVE, ...live },
    checkworthy,
    archive: { articles: archive.articleIds.length, claims: archive.claimIds.length, search, matches: matchTiming },
    scale: {
      ...SCALE,
      database: scale.name,
      reused: scale.reused,
      loadSeconds: scale.loadSeconds,
      lists: scaleTimings,
    },
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
