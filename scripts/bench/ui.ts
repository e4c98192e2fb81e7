// `npm run bench:ui`: the UI benchmarks in Chromium against the built browser host: the library
// at 10,000 articles (ui-library.ts) and, where present, the reader (ui-reader.ts). Build first
// (`npx electron-vite build`). Exits non-zero when a figure misses its target.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchLibrary, libraryPassed } from './ui-library';

interface ReaderBench {
  benchReader: () => Promise<{ firstPaint: { pass: boolean }; newHighlight: { pass: boolean } }>;
}

async function main(): Promise<boolean> {
  console.log('— library —');
  let passed = libraryPassed(await benchLibrary());
  const reader = join(import.meta.dirname, 'ui-reader.ts');
  if (existsSync(reader)) {
    console.log('— reader —');
    const { benchReader } = (await import(pathToFileURL(reader).href)) as ReaderBench;
    const result = await benchReader();
    passed &&= result.firstPaint.pass && result.newHighlight.pass;
  }
  return passed;
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
