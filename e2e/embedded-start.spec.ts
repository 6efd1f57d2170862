import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, signIn } from "@/e2e/fixtures/test";
import { DEMO_PASSWORD, SEED_ARTICLE_TITLE } from "@/prisma/seed/demo";

// `npm start` on a fresh machine: no DATABASE_URL, so the embedded PGlite database is created,
// migrated and seeded, and the production build serves the seed article.
const PORT = 3199;

test("zero-config start serves the seed article from the embedded database", async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-embedded-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), FACTDESK_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.NEXTAUTH_URL;
  const app: ChildProcess = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  app.stdout?.on("data", (chunk) => (output += chunk));
  app.stderr?.on("data", (chunk) => (output += chunk));
  try {
    await expect
      .poll(
        async () =>
          fetch(`http://127.0.0.1:${PORT}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 120_000, intervals: [500] },
      )
      .toBe(200);
    expect(output).toContain("embedded database");
    expect(output).toContain("Seeded demo data");

    const baseURL = `http://127.0.0.1:${PORT}`;
    // This server's own origin, not the suite's default (see playwright.config.ts).
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
    const page = await context.newPage();
    await signIn(page.request, "checker@example.org", DEMO_PASSWORD);
    await page.goto("/articles");
    await page.getByRole("link", { name: SEED_ARTICLE_TITLE }).click();
    await expect(page.getByRole("textbox", { name: "Article text" })).toContainText(
      "(CNN) Attorney General Jeff Sessions met twice last year",
    );
    await expect(page.getByRole("list", { name: "Claims in text order" }).getByRole("button")).toHaveCount(3);
    await expect(
      page.locator("mark[data-claim-id]").filter({ hasText: "did not have communications with the Russians" }),
    ).toHaveCount(1);
    await context.close();
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
