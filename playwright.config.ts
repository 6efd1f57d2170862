import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e/fixtures/config";

// Chromium comes from Debian (/usr/bin/chromium): Playwright's own browser download is not
// reachable on the build machines. CHROMIUM_PATH overrides it.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    // Playwright's APIRequestContext (`request`, `page.request`) sends no Origin, so the API's CSRF
    // check would refuse its POSTs as it refuses curl; this makes it a script on the app's own
    // page. It also applies to the browser's requests, where it matches what Chromium sends
    // anyway; csrf.spec.ts and headers.spec.ts turn it off to see the browser's own headers.
    extraHTTPHeaders: { Origin: E2E_BASE_URL },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
