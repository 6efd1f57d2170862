// Watches a page for anything a hostile payload could make it do. Payloads call window.__pwned,
// alert/confirm/prompt, or reach for attacker.example; the sentinel is installed before any page
// script runs, and requests to the attacker are recorded and aborted (the machines have no DNS).
import type { Page } from "@playwright/test";
import { ATTACKER_HOST } from "@/e2e/hostile/cases";

export interface Sentinel {
  /** Everything that went off: sentinel calls, dialogs, console lines, attacker requests. */
  findings(): Promise<string[]>;
}

export async function installSentinel(page: Page): Promise<Sentinel> {
  const outside: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xss: string[] };
    w.__xss = [];
    w.__pwned = (what: unknown) => w.__xss.push(`__pwned(${String(what)})`);
    for (const name of ["alert", "confirm", "prompt"])
      w[name] = (what: unknown) => w.__xss.push(`${name}(${String(what)})`);
  });
  page.on("dialog", (dialog) => {
    outside.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/pwned/i.test(message.text())) outside.push(`console: ${message.text()}`);
  });
  const isAttacker = (url: URL) => url.hostname === ATTACKER_HOST || url.hostname.endsWith(`.${ATTACKER_HOST}`);
  // Recorded as the page issues it, whatever answers; then aborted, as there is nobody to answer.
  page.on("request", (request) => {
    if (isAttacker(new URL(request.url()))) outside.push(`request: ${request.url()}`);
  });
  await page.context().route(isAttacker, (route) => route.abort());
  return {
    async findings() {
      return [...(await page.evaluate(findingsInPage)), ...outside];
    },
  };
}

/**
 * Runs in the page (serialized, so self-contained): the sentinel's calls, and markup that would
 * execute on a click, a focus or a later load. Script elements are left to the sentinel: the
 * pages' own data scripts quote the payloads as text, which is what should happen.
 */
function findingsInPage(): string[] {
  const found = [...((window as unknown as { __xss?: string[] }).__xss ?? ["sentinel missing"])];
  const SCRIPT_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i;
  const URL_ATTRIBUTES = /^(href|src|action|formaction|xlink:href|data|background|poster|to|from|values)$/i;
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (["iframe", "frame", "object", "embed", "base"].includes(tag)) found.push(`<${tag}>`);
    if (tag === "meta" && el.getAttribute("http-equiv")?.toLowerCase() === "refresh") found.push("<meta refresh>");
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (name.toLowerCase() === "srcdoc") found.push(`<${tag} srcdoc>`);
      if (URL_ATTRIBUTES.test(name) && SCRIPT_URL.test(value)) found.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      if (name === "style" && /expression|url\(/i.test(value)) found.push(`<${tag} style="${value.slice(0, 40)}">`);
    }
  }
  return found;
}
