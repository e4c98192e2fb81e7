// Prints one line `N passed, N failed` over the unit (Vitest) and e2e (Playwright) reports.
// A failing step that ran no test (type-check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.DOSSIER_TEST_SUMMARY_DIR ?? 'test-reports';
const status = Number(process.argv[3] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

const read = (name) => {
  const path = join(dir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};

const unit = read('vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
const e2e = read('playwright.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (status !== 0 && failed === 0) failed = 1;
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
