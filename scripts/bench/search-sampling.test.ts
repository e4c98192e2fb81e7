// The sampling the search benchmarks rely on: a typo is exactly one edit of an inner letter, the
// FlexSearch expansion finds the word back from it, and percentiles are nearest-rank.
import { describe, expect, it } from 'vitest';
import { random } from './generate-library';
import { oneEditAway } from './search-engines';
import { percentile, typo, window } from './search-sampling';

/** Optimal string alignment distance: insert, delete, substitute, or swap two neighbours. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

const WORDS = ['ceasefire', 'negotiations', 'government', 'سراج‌الدین', 'afghanistan'];

describe('typo', () => {
  it('makes one edit, never on the first or last letter', () => {
    const rnd = random(1);
    for (let n = 0; n < 500; n++) {
      const word = WORDS[n % WORDS.length]!;
      const wrong = typo(rnd, word);
      expect(wrong).not.toBe(word);
      expect(editDistance(word, wrong)).toBe(1);
      expect([...wrong][0]).toBe([...word][0]);
      expect([...wrong].at(-1)).toBe([...word].at(-1));
    }
  });

  it('is the same for the same seed', () => {
    const a = random(7);
    const b = random(7);
    expect(WORDS.map((w) => typo(a, w))).toEqual(WORDS.map((w) => typo(b, w)));
  });

  it('is undone by one of the one-edit variants FlexSearch is asked for', () => {
    const rnd = random(3);
    for (let n = 0; n < 200; n++) {
      const word = WORDS[n % 3]!;
      expect(oneEditAway(typo(rnd, word))).toContain(word);
    }
  });
});

describe('oneEditAway', () => {
  it('lists deletions, insertions, substitutions and swaps, not the word itself', () => {
    const variants = oneEditAway('talks');
    expect(variants).toEqual(expect.arrayContaining(['taks', 'tallks', 'tolks', 'tlaks']));
    expect(variants).not.toContain('talks');
    expect(variants.every((v) => editDistance('talks', v) === 1)).toBe(true);
  });
});

describe('percentile', () => {
  it('takes the nearest rank of the sorted values', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 0.5)).toBe(5);
    expect(percentile(xs, 0.95)).toBe(10);
    expect(percentile(xs, 0.1)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('window', () => {
  it('takes consecutive items and never runs past the end', () => {
    const rnd = random(5);
    const xs = [0, 1, 2, 3, 4, 5];
    for (let n = 0; n < 100; n++) {
      const w = window(rnd, xs, 3);
      expect(w).toHaveLength(3);
      expect(w[1]! - w[0]!).toBe(1);
      expect(w[2]! - w[1]!).toBe(1);
    }
    expect(window(rnd, [1, 2], 5)).toEqual([1, 2]);
  });
});
