// Unit tests sit beside the code; e2e specs belong to Playwright. CI also writes a JSON report.
import { defineConfig } from 'vitest/config';

const summaryDir = process.env.DOSSIER_TEST_SUMMARY_DIR;

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Imports parse in a worker thread, which from source starts through tsx (about a second).
    testTimeout: 30_000,
    reporters: summaryDir ? ['default', 'json'] : ['default'],
    outputFile: summaryDir ? { json: `${summaryDir}/vitest.json` } : undefined,
  },
});
