// Measurement (b): from navigation start to every claim's highlight painted, in Chromium. An init
// script checks on every animation frame whether `mark[data-claim-id]` elements cover all the
// claims; once they do, the next frame's requestAnimationFrame runs after that paint and records
// performance.now() (which counts from navigation start). Milestones on the way explain a slow run.
// The static floor (static-floor.ts) is measured the same way; its export marks carry data-claim.
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Session } from "./session";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TIMEOUT_MS = 30_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** A fresh context (empty cache) carrying the session cookies. */
export async function signedInContext(browser: Browser, baseUrl: string, session: Session): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies(session.cookies.map(({ name, value }) => ({ name, value, url: baseUrl })));
  return context;
}

export interface PaintRun {
  /** ms from navigation start until all highlights were painted; null if they never were. */
  paintedMs: number | null;
  marksFound: number;
  milestones: Record<string, number | null>;
  pageErrors: string[];
}

interface PaintProbe {
  painted?: number;
  ids: number;
  editor?: number;
  firstMark?: number;
}

/**
 * The in-page probe. A string, not a function: tsx compiles with keepNames, and the `__name`
 * helper it injects into functions does not exist in the page.
 */
function probeScript(expected: number, markAttribute: string): string {
  return `(() => {
    const probe = { ids: 0 };
    window.__paintProbe = probe;
    const check = () => {
      if (probe.editor === undefined && document.querySelector(".ProseMirror")) probe.editor = performance.now();
      const marks = document.querySelectorAll("mark[${markAttribute}]");
      if (marks.length > 0 && probe.firstMark === undefined) probe.firstMark = performance.now();
      const ids = new Set();
      marks.forEach((mark) => ids.add(mark.getAttribute("${markAttribute}")));
      probe.ids = ids.size;
      if (ids.size >= ${expected}) requestAnimationFrame(() => { probe.painted = performance.now(); });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

export async function measureHighlightPaint(
  context: BrowserContext,
  pageUrl: string,
  claimCount: number,
  /** The attribute naming a mark's claim: the editor's data-claim-id, or the export's data-claim. */
  markAttribute = "data-claim-id",
): Promise<PaintRun> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript({ content: probeScript(claimCount, markAttribute) });
  try {
    await page.goto(pageUrl, { waitUntil: "commit" });
    const done = await paintedWithin(page, TIMEOUT_MS);
    const probe = (await page.evaluate("window.__paintProbe")) as PaintProbe;
    const nav = (await page.evaluate(`(() => {
      const [entry] = performance.getEntriesByType("navigation");
      return entry ? { responseStart: entry.responseStart, responseEnd: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd } : null;
    })()`)) as { responseStart: number; responseEnd: number; domContentLoaded: number; load: number } | null;
    const round = (n: number | undefined | null) => (n === undefined || n === null ? null : Math.round(n));
    return {
      paintedMs: done ? round(probe.painted) : null,
      marksFound: probe.ids,
      milestones: {
        firstByte: round(nav?.responseStart),
        htmlLoaded: round(nav?.responseEnd),
        domContentLoaded: round(nav?.domContentLoaded),
        editorMounted: round(probe.editor),
        firstHighlight: round(probe.firstMark),
        allHighlightsPainted: round(probe.painted),
        loadEvent: round(nav?.load) || null,
      },
      pageErrors,
    };
  } finally {
    await page.close();
  }
}

/** `runs` paint runs of `pageUrl`, each in a fresh signed-in context; `onRun` reports each one. */
export async function measurePaintRuns(
  browser: Browser,
  session: Session,
  pageUrl: string,
  options: { claims: number; runs: number; markAttribute?: string; onRun: (run: PaintRun, n: number) => void },
): Promise<PaintRun[]> {
  const runs: PaintRun[] = [];
  for (let n = 1; n <= options.runs; n++) {
    const context = await signedInContext(browser, new URL(pageUrl).origin, session);
    const run = await measureHighlightPaint(context, pageUrl, options.claims, options.markAttribute);
    await context.close();
    runs.push(run);
    options.onRun(run, n);
  }
  return runs;
}

/** The median time to paint every highlight; null if any run never painted them all. */
export function paintedMedian(runs: PaintRun[]): number | null {
  const painted = runs.map((r) => r.paintedMs);
  return painted.every((ms) => ms !== null) ? median(painted as number[]) : null;
}

/**
 * Polls the probe from here rather than with page.waitForFunction: that one compiles its
 * predicate in the page, which the desk's CSP (no 'unsafe-eval') refuses, so every run used to
 * end at once as "not painted". An evaluate goes through the DevTools protocol, which CSP allows.
 */
async function paintedWithin(page: Page, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const painted = await page.evaluate("window.__paintProbe?.painted ?? null").catch(() => null);
    if (painted !== null) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
