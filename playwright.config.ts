import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3197);

/** Journeys through the real app in Debian's Chromium, on a fresh demo database. */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf .e2e-data && node dist/src/cli/main.js serve`,
    url: `http://localhost:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://localhost:${port}`,
      MICROCRED_DATA_DIR: '.e2e-data',
      DATABASE_URL: 'sqlite:.e2e-data/microcred.sqlite',
      MICROCRED_SECRET: 'e2e-only-secret',
    },
  },
});
