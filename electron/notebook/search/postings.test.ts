import { describe, expect, it } from 'vitest';
import { PostingIndex } from './postings';

const ABSENT = -1;

function indexOf(texts: string[]): PostingIndex {
  const index = new PostingIndex();
  for (const text of texts) index.add({ text: text.split(' ') });
  return index;
}

const scored = (index: PostingIndex, words: string[]) => {
  const scores = new Float32Array(index.nextDoc).fill(ABSENT);
  const docs = index.scoreAll(words, scores);
  return { docs, scores };
};

describe('scoreAll: the documents holding every word', () => {
  const texts = Array.from({ length: 500 }, (_, i) =>
    [
      'common',
      i % 2 === 0 ? 'even' : 'odd',
      i % 7 === 0 ? 'seventh' : 'plain',
      i % 50 === 0 ? 'rare' : '',
    ].join(' '),
  );

  it('finds exactly the documents with all the words, as a scan of every document would', () => {
    const index = indexOf(texts);
    for (const words of [
      ['common'],
      ['even', 'seventh'],
      ['rare', 'odd'],
      ['seventh', 'common', 'even', 'rare'],
    ]) {
      const want = texts
        .map((t, n) => (words.every((w) => t.split(' ').includes(w)) ? n : -1))
        .filter((n) => n >= 0);
      const { docs, scores } = scored(index, words);
      expect(docs).toEqual(want);
      for (let n = 0; n < texts.length; n++) {
        expect(scores[n]! >= 0).toBe(want.includes(n));
      }
    }
  });

  it('sums the words’ scores, a rarer word counting more', () => {
    const index = indexOf(texts);
    const { scores: both } = scored(index, ['rare', 'even']);
    const { scores: rare } = scored(index, ['rare']);
    const { scores: even } = scored(index, ['even']);
    expect(both[0]).toBeCloseTo(rare[0]! + even[0]!, 5);
    expect(rare[0]!).toBeGreaterThan(even[0]!);
  });

  it('skips removed documents, and finds nothing for a word no document holds', () => {
    const index = indexOf(texts);
    index.remove(0);
    index.remove(100);
    expect(scored(index, ['rare', 'even']).docs).toEqual([50, 150, 200, 250, 300, 350, 400, 450]);
    expect(scored(index, ['rare', 'missing']).docs).toEqual([]);
  });
});
