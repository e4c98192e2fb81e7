// Playwright drives the real renderer in Chromium against the browser host (see e2e/).
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present: `npx playwright install` is not used in this project.
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  // CI also writes a JSON report that .ci/run counts.
  reporter: process.env.DOSSIER_TEST_SUMMARY_DIR
    ? [
        ['list'],
        ['json', { outputFile: `${process.env.DOSSIER_TEST_SUMMARY_DIR}/playwright.json` }],
      ]
    : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
