import { defineConfig, devices } from "@playwright/test";
import { E2E_IDP_PORT, E2E_OIDC } from "./tests/e2e/identity-http";

// E2E runs against a production build (`next build`, done by scripts/test-all.sh) served on a fresh,
// seeded embedded database, in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? `./data/e2e-${port}`;
// The portal's OIDC settings for the demo identity provider tests/e2e/identity-sso.spec.ts starts;
// TRUSTED_PROXY_HOPS=1 lets the identity tests stand for several client addresses (X-Forwarded-For).

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // Recording a trace for every test and dropping it when the test passes cost CPU on each step of the whole suite;
    // in CI a failure is retried once, and that retry records the trace.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
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
    command: `npx tsx scripts/prepare-db.ts --reset && npx tsx scripts/server.ts -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: `pglite:${dataDir}`,
      AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      NODE_ENV: "production",
      OIDC_ISSUER: `http://127.0.0.1:${E2E_IDP_PORT}`,
      OIDC_CLIENT_ID: E2E_OIDC.clientId,
      OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
      OIDC_SCOPES: "openid profile email phone address organization",
      OIDC_DEMO_NOTICE: "MÔI TRƯỜNG THỬ NGHIỆM — không phải VNeID thật",
      TRUSTED_PROXY_HOPS: "1",
      AUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
