// What the search benchmarks share: seeded sampling of query words, phrases and one-typo words from
// a text, percentiles, and the development set of saved pages' copied text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The 62 saved pages whose copied text is the small real corpus. */
export const DEV_TEXT_DIR = '/work/shared/bench/extraction/dev/text';

export interface DevPage {
  fileName: string;
  text: string;
  /** The first non-empty line, as a copied page has no separate title. */
  title: string;
}

export function readDevSet(dir = DEV_TEXT_DIR): DevPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => {
      const text = readFileSync(join(dir, fileName), 'utf8');
      const title =
        text
          .split('\n')
          .find((line) => line.trim())
          ?.trim() ?? fileName;
      return { fileName, text, title };
    });
}

export type Random = () => number;

export const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** n consecutive items starting at a random place (fewer when xs is shorter). */
export function window<T>(rnd: Random, xs: readonly T[], n: number): T[] {
  const at = Math.floor(rnd() * Math.max(1, xs.length - n + 1));
  return xs.slice(at, at + n);
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/**
 * One edit on an inner letter (never the first or last): substitute, delete, insert or transpose,
 * chosen by the seeded random. Letters come from a–z for Latin words, else from the word itself.
 */
export function typo(rnd: Random, word: string): string {
  const letters = [...word];
  if (letters.length < 4) return word;
  const alphabet = /^[a-z]+$/.test(word) ? [...LATIN] : [...new Set(letters)];
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = 1 + Math.floor(rnd() * (letters.length - 2));
    const out = [...letters];
    const kind = Math.floor(rnd() * 4);
    if (kind === 0) out[at] = pick(rnd, alphabet);
    else if (kind === 1) out.splice(at, 1);
    else if (kind === 2) out.splice(at, 0, pick(rnd, alphabet));
    else if (at + 1 < letters.length - 1) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
    const result = out.join('');
    if (result !== word) return result;
  }
  return word;
}

/** Nearest-rank percentile of an unsorted list of numbers (p in 0..1). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function timing(xs: readonly number[]): Timing {
  return {
    n: xs.length,
    p50: percentile(xs, 0.5),
    p95: percentile(xs, 0.95),
    max: xs.length ? Math.max(...xs) : Number.NaN,
  };
}

/** Milliseconds with two decimals below 100, whole above: what a table cell shows. */
export const ms = (n: number | null | undefined): string =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n.toFixed(2);

export const mb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined || Number.isNaN(bytes)
    ? 'n/a'
    : (bytes / 1048576).toFixed(1);

/** Heap in use after a full collection (needs node --expose-gc; null without it). */
export function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
